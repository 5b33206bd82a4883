import { render } from 'preact';
import { applyPageStyles } from '../../src/ui/styles';
import { App } from './App';
import { applyOptionsStyles } from './options-css';

applyPageStyles(document);
applyOptionsStyles(document);
render(<App />, document.getElementById('app') as HTMLElement);
