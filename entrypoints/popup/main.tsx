import { render } from 'preact';
import { applyPageStyles } from '../../src/ui/styles';
import { Popup } from './Popup';

applyPageStyles(document);
render(
  <Popup inWindow={new URLSearchParams(location.search).has('window')} />,
  document.getElementById('app') as HTMLElement,
);
