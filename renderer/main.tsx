// Renderer entry: picks up the web host's token, mounts the app, then looks for files the host was asked to open.
import { createRoot } from 'react-dom/client';
import { takeTokenFromUrl } from './api/client';
import { App } from './app/App';
import { watchPendingOpenFiles } from './features/open-files/pending';
import './styles.css';

takeTokenFromUrl();
createRoot(document.getElementById('root')!).render(<App />);
// A file the host was asked to open takes the user to the screen that imports it.
watchPendingOpenFiles();
