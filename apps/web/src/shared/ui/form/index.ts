export { ErrorSummary } from './ErrorSummary';
export * from './fields';
export * from './buttons';
export { useForm, type Form, type FieldConfig, type FieldProps, type FormSchema } from './use-form';
export { fieldMessage, fieldOfPointer } from './messages';
export { NewPasswordHint } from './hints';
