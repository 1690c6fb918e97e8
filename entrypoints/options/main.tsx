import { render } from 'preact';
import { t } from '../../extension/i18n';
import { App } from './App';

document.title = t('optionsTitle');
render(<App />, document.getElementById('app')!);
