import { render } from 'preact';
import { OptionsApp } from './options-app';
import '../sidepanel/style.css';
import './style.css';

render(<OptionsApp />, document.getElementById('app')!);
