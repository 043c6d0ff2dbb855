// Errors shaped like OfficeExtension.Error: name "RichApi.Error", a string `code`, and debugInfo.

export const ErrorCodes = {
  propertyNotLoaded: 'PropertyNotLoaded',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  itemNotFound: 'ItemNotFound',
  itemAlreadyExists: 'ItemAlreadyExists',
  invalidObjectPath: 'InvalidObjectPath',
  invalidSelection: 'InvalidSelection',
  generalException: 'GeneralException',
  apiNotFound: 'ApiNotFound',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
  accessDenied: 'AccessDenied',
  mergedRangeConflict: 'MergedRangeConflict',
  pivotTableRangeConflict: 'PivotTableRangeConflict',
  insertDeleteConflict: 'InsertDeleteConflict',
  filteredRangeConflict: 'FilteredRangeConflict',
  notSupportedByDouble: 'NotSupportedByDouble',
} as const;

export class DoubleOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function officeError(code: string, message: string, where?: string): DoubleOfficeError {
  return new DoubleOfficeError(code, message, where);
}

export function notSupported(what: string): DoubleOfficeError {
  return new DoubleOfficeError(ErrorCodes.notSupportedByDouble, `${what} is not supported by the double`, what);
}

export function propertyNotLoaded(type: string, property: string): DoubleOfficeError {
  return new DoubleOfficeError(
    ErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );
}
