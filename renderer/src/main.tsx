import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AllCommunityModule, ModuleRegistry } from 'ag-grid-community';
import { App } from './App';
import { MSG_NO_TOKEN, sessionMissing } from './api/client';
import './styles.css';

ModuleRegistry.registerModules([AllCommunityModule]);

// A link without ?token= still loads the page (it holds no secrets), but every call would be
// refused: say what to do instead of showing an error per call.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {sessionMissing() ? <div className="loading" role="alert">{MSG_NO_TOKEN}</div> : <App />}
  </StrictMode>,
);
