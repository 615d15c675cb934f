export default {
  logLevel: 'info',
  build: { outDir: 'dist', emptyOutDir: true },
};
