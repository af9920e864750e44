// A module loaded the first time it is needed, then kept. `import()` is cheap once a module is
// loaded, but it still resolves its specifier on every call, and from source (tsx, as the tests
// and benches run) that goes through the loader's thread: about a millisecond a call, a tenth
// of exporting a small report.
export function lazily<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | null = null;
  return () => {
    loaded ??= load();
    // a failed load (a file missing from a broken install) is tried again next time
    loaded.catch(() => { loaded = null; });
    return loaded;
  };
}
