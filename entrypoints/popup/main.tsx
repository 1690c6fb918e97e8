import { render } from 'preact';

render(<p>Gloss</p>, document.getElementById('app')!);
