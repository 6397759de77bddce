// The one zod entry point for lib/. zod/mini parses without generating code at run time (the
// classic build's JIT probe uses `new Function`, which store reviewers flag), and English
// messages are loaded once here so errors read well in the popup, the CLI and tests.
import * as z from 'zod/mini';
import { prettifyError } from 'zod/v4/core';
import en from 'zod/v4/locales/en.js';

z.config(en());

export { z, prettifyError };
