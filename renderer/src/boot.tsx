// The app itself (React, AG Grid, every screen: a megabyte of script), loaded by main.tsx once
// the window's first questions have left.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { registerGridModules } from './grid/modules';
import { MSG_NO_TOKEN, sessionMissing } from './api/client';

// the app's modules are compiled and run: the tests time the window's first questions against it
performance.mark('sovon:app');
registerGridModules();

// A link without ?token= still loads the page (it holds no secrets), but every call would be
// refused: say what to do instead of showing an error per call.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {sessionMissing() ? <div className="loading" role="alert">{MSG_NO_TOKEN}</div> : <App />}
  </StrictMode>,
);
