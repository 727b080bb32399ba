// V8 flags for the process that runs the back end (web host, CLI, bench; the desktop back-end process in #12).
// A young generation capped at 16 MB semi-spaces: building the dossier's DOCX files churns short-lived objects,
// and V8's default (up to 64 MB semi-spaces on machines with much RAM) kept ~80 MB more resident for no measurable
// gain in speed (docs/performance.md). scripts/run.sh sets the same through NODE_OPTIONS.
export const BACKEND_NODE_FLAGS = ['--max-semi-space-size=16'];
