// An error the user can act on: printed as one plain line, never with a stack trace.
export class InputError extends Error {}
