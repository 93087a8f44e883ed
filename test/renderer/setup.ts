import { configure } from '@testing-library/react';

// findBy/waitFor give an element 5 s to appear (the library's 1 s): the first visit to a screen
// imports its lazy chunk, which took over a second on a loaded 2-core machine and failed tests
// that pass alone. A test still fails when the element never comes.
configure({ asyncUtilTimeout: 5_000 });
