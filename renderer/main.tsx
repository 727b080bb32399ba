// Renderer entry: picks up the web host's token, then mounts the app.
import { createRoot } from 'react-dom/client';
import { takeTokenFromUrl } from './api/client';
import { App } from './app/App';
import './styles.css';

takeTokenFromUrl();
createRoot(document.getElementById('root')!).render(<App />);
