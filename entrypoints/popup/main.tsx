import { render } from 'preact';
import { App } from './App';

render(<App />, document.getElementById('app')!);
// Time from opening the popup to its first frame of content; the browser tests report it.
performance.mark('gloss:popup-first-render');
