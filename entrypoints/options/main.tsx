import { render } from 'preact';
import { installBrowserMessages } from '../../src/shell/i18n';
import { applyPageStyles } from '../../src/ui/styles';
import { App } from './App';
import { applyOptionsStyles } from './options-css';

installBrowserMessages();
applyPageStyles(document);
applyOptionsStyles(document);
render(<App />, document.getElementById('app') as HTMLElement);
