import { render } from 'preact';
import { COMMAND_PALETTE_CSS } from '@/components/command-palette';
import { SHORTCUT_HELP_CSS } from '@/components/shortcut-help';
import { App } from './app';
import './style.css';

// The palette and the help carry their styles as strings (the page overlay puts them in a shadow root).
const overlayStyles = document.createElement('style');
overlayStyles.textContent = COMMAND_PALETTE_CSS + SHORTCUT_HELP_CSS;
document.head.append(overlayStyles);

render(<App />, document.getElementById('app')!);
