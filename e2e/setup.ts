// Real browsers and map flights take longer than jest's 5 s default (testTimeout is not a per-project option).
jest.setTimeout(180_000);
