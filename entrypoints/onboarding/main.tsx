import { render } from 'preact';
import { applyPageStyles } from '../../src/ui/styles';
import { Onboarding } from './Onboarding';

applyPageStyles(document);
render(<Onboarding />, document.getElementById('app') as HTMLElement);
