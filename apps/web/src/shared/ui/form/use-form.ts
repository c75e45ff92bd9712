import { type FormEvent, useCallback, useRef, useState } from 'react';
import { ApiError, describeError } from '../../api/client';
import { type FieldIssue, fieldMessage, fieldOfPointer } from './messages';

type Values = Record<string, unknown>;

export interface FieldConfig {
  /** The field's label, also the subject of its error messages. */
  label: string;
  /** The message when the field is left empty, e.g. "Enter your e-mail address". */
  required?: string;
  /** The message for any other problem the schema finds, e.g. "Enter an e-mail address like name@example.org". */
  invalid?: string;
}

interface SchemaIssue extends FieldIssue {
  path: PropertyKey[];
}

/** A zod schema, as far as the form uses it (the pages pass the contracts' schemas). */
export interface FormSchema<R> {
  safeParse(
    value: unknown,
  ): { success: true; data: R } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

export interface FormOptions<V extends Values, R> {
  /** Prefix of the fields' element ids: unique on the page. */
  id: string;
  initialValues: V;
  fields: { [K in keyof V]: FieldConfig };
  /** Turns the form's values into the request the schema checks (drop empties, convert dates…). */
  toRequest?: (values: V) => unknown;
  /** The contract's request schema; the same one the API validates with. */
  schema?: FormSchema<R>;
  /** Rules the schema cannot see (they depend on other data); one message per field. */
  validate?: (values: V) => Partial<Record<keyof V, string>>;
  onSubmit: (request: R, values: V) => Promise<unknown> | unknown;
  /** Handles an error itself (returns true), e.g. an expired link that changes the whole page. */
  onError?: (error: unknown) => boolean;
}

export interface FieldProps<T> {
  id: string;
  name: string;
  label: string;
  value: T;
  error: string | undefined;
  onChange: (value: T) => void;
}

export interface SummaryItem {
  message: string;
  /** The id of the field to go to, when the problem is with one field. */
  fieldId?: string;
}

export interface ErrorSummaryProps {
  id: string;
  items: SummaryItem[];
  /** Changes with every failed submission: the summary takes focus then. */
  focusSignal: number;
}

export interface Form<V extends Values> {
  values: V;
  errors: Partial<Record<keyof V, string>>;
  pending: boolean;
  setValue<K extends keyof V>(name: K, value: V[K]): void;
  setValues(values: Partial<V>): void;
  field<K extends keyof V & string>(name: K): FieldProps<V[K]>;
  fieldId(name: keyof V & string): string;
  handleSubmit(event: FormEvent<HTMLFormElement>): void;
  /** Shows an error for the whole form, as after a failed submission. */
  fail(message: string): void;
  summary: ErrorSummaryProps;
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

/**
 * A form's state, checked with the contract's schema before it is sent and showing the
 * API's field errors after: each message beside its field and in an error summary that
 * takes focus (the GOV.UK pattern).
 */
export function useForm<V extends Values, R = V>(options: FormOptions<V, R>): Form<V> {
  const [values, setAllValues] = useState<V>(options.initialValues);
  const [errors, setErrors] = useState<Partial<Record<keyof V, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const [focusSignal, setFocusSignal] = useState(0);
  const pendingRef = useRef(false);

  const { id, fields } = options;
  const fieldId = useCallback((name: keyof V & string) => `${id}-${name}`, [id]);

  const showErrors = (fieldErrors: Partial<Record<keyof V, string>>, general: string[]) => {
    setErrors(fieldErrors);
    setFormErrors(general);
    setFocusSignal((signal) => signal + 1);
  };

  const serverErrors = (error: unknown) => {
    const fieldErrors: Partial<Record<keyof V, string>> = {};
    const general: string[] = [];
    if (error instanceof ApiError && error.problem.errors?.length) {
      for (const issue of error.problem.errors) {
        const name = fieldOfPointer(issue.pointer);
        const config = name && name in fields ? fields[name as keyof V] : undefined;
        if (config && name) {
          fieldErrors[name as keyof V] ??= fieldMessage(config.label, {
            code: issue.code,
            message: issue.detail,
          });
        } else {
          general.push(fieldMessage(name ?? 'The request', { code: issue.code, message: issue.detail }));
        }
      }
    } else {
      general.push(describeError(error));
    }
    showErrors(fieldErrors, general);
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pendingRef.current) return;
    const { schema, toRequest, validate, onSubmit, onError } = options;
    const fieldErrors: Partial<Record<keyof V, string>> = {};
    const general: string[] = [];
    for (const name of Object.keys(fields) as (keyof V)[]) {
      const required = fields[name].required;
      if (required && isEmpty(values[name])) fieldErrors[name] = required;
    }
    for (const [name, message] of Object.entries(validate?.(values) ?? {}) as [keyof V, string][]) {
      if (message) fieldErrors[name] ??= message;
    }
    let request = (toRequest ? toRequest(values) : values) as R;
    if (schema) {
      const result = schema.safeParse(request);
      if (result.success) {
        request = result.data;
      } else {
        for (const issue of result.error.issues) {
          const name = issue.path[0];
          if (typeof name === 'string' && name in fields) {
            const config = fields[name as keyof V];
            fieldErrors[name as keyof V] ??= config.invalid ?? fieldMessage(config.label, issue);
          } else {
            general.push(fieldMessage('The form', issue));
          }
        }
      }
    }
    if (Object.keys(fieldErrors).length > 0 || general.length > 0) {
      showErrors(fieldErrors, general);
      return;
    }
    pendingRef.current = true;
    setPending(true);
    Promise.resolve()
      .then(() => onSubmit(request, values))
      .then(
        () => {
          setErrors({});
          setFormErrors([]);
        },
        (error: unknown) => {
          if (onError?.(error)) return;
          serverErrors(error);
        },
      )
      .finally(() => {
        pendingRef.current = false;
        setPending(false);
      });
  };

  const items: SummaryItem[] = [
    ...formErrors.map((message) => ({ message })),
    ...(Object.keys(fields) as (keyof V & string)[])
      .filter((name) => errors[name])
      .map((name) => ({ message: errors[name] as string, fieldId: fieldId(name) })),
  ];

  return {
    values,
    errors,
    pending,
    setValue: (name, value) => setAllValues((current) => ({ ...current, [name]: value })),
    setValues: (next) => setAllValues((current) => ({ ...current, ...next })),
    field: (name) => ({
      id: fieldId(name),
      name,
      label: fields[name].label,
      value: values[name],
      error: errors[name],
      onChange: (value) => setAllValues((current) => ({ ...current, [name]: value })),
    }),
    fieldId,
    handleSubmit,
    fail: (message) => showErrors({}, [message]),
    summary: { id: `${id}-error-summary`, items, focusSignal },
  };
}
