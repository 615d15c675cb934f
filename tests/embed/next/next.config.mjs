// One option. The fixture is built inside the repository (target/embed/next/), whose own
// package-lock.json sits higher up: without `turbopack.root`, Next infers the repository as the
// workspace root and warns ("Next.js inferred your workspace root, but it may not be correct.
// We detected multiple lockfiles ..."). A project on its own does not need this file.
export default {
  turbopack: { root: import.meta.dirname },
};
