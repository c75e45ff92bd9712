import {
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type TextareaHTMLAttributes,
  useId,
  useState,
} from 'react';
import type { FieldProps } from './use-form';

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

interface Common {
  hint?: ReactNode;
  /** Marks the label "(optional)"; fields are required unless they say so. */
  optional?: boolean;
  /** Narrower input for short answers: "code" (6–10 characters), "short" (about 20), "medium". */
  width?: 'code' | 'short' | 'medium';
}

function Label({ id, label, optional }: { id: string; label: string; optional?: boolean }) {
  return (
    <label className="field__label" htmlFor={id}>
      {label}
      {optional && <span className="field__optional"> (optional)</span>}
    </label>
  );
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <div className="field__hint" id={`${id}-hint`}>
      {hint}
    </div>
  ) : null;
}

function ErrorMessage({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p className="field__error" id={`${id}-error`}>
      <span className="visually-hidden">Error: </span>
      {error}
    </p>
  ) : null;
}

const fieldClass = (error: string | undefined, extra?: string) =>
  ['field', error && 'field--error', extra].filter(Boolean).join(' ');

const inputClass = (width: Common['width'], error: string | undefined) =>
  ['input', width && `input--${width}`, error && 'input--error'].filter(Boolean).join(' ');

type InputExtras = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'autoComplete' | 'inputMode' | 'spellCheck' | 'autoCapitalize' | 'maxLength' | 'pattern' | 'readOnly'
>;

export interface TextFieldProps extends FieldProps<string>, Common, InputExtras {
  type?: 'text' | 'email' | 'search' | 'url' | 'tel';
}

export function TextField({
  id,
  name,
  label,
  value,
  error,
  onChange,
  hint,
  optional,
  width,
  type = 'text',
  ...extras
}: TextFieldProps) {
  return (
    <div className={fieldClass(error)}>
      <Label id={id} label={label} optional={optional} />
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      <input
        {...extras}
        className={inputClass(width, error)}
        id={id}
        name={name}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}

export interface PasswordFieldProps extends FieldProps<string>, Common {
  autoComplete: 'current-password' | 'new-password';
}

/** A password input with a Show/Hide button, so a long password can be checked before it is sent. */
export function PasswordField({
  id,
  name,
  label,
  value,
  error,
  onChange,
  hint,
  optional,
  autoComplete,
}: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  const statusId = useId();
  return (
    <div className={fieldClass(error)}>
      <Label id={id} label={label} optional={optional} />
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      <div className="password-input">
        <input
          className={inputClass('medium', error)}
          id={id}
          name={name}
          type={visible ? 'text' : 'password'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete={autoComplete}
          spellCheck={false}
          autoCapitalize="none"
          aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
          aria-invalid={error ? true : undefined}
        />
        <button
          type="button"
          className="button button--secondary password-input__toggle"
          aria-controls={id}
          aria-label={visible ? `Hide ${label.toLowerCase()}` : `Show ${label.toLowerCase()}`}
          onClick={() => setVisible((shown) => !shown)}
        >
          {visible ? 'Hide' : 'Show'}
        </button>
      </div>
      <span className="visually-hidden" role="status" id={statusId}>
        {visible ? `Your ${label.toLowerCase()} is visible` : ''}
      </span>
    </div>
  );
}

export interface TextAreaProps extends FieldProps<string>, Common {
  rows?: number;
  maxLength?: number;
  ref?: Ref<HTMLTextAreaElement>;
  /** More attributes and handlers for the textarea (a completion list's keys and ARIA state). */
  textareaProps?: Omit<
    TextareaHTMLAttributes<HTMLTextAreaElement>,
    'id' | 'name' | 'value' | 'onChange' | 'rows' | 'maxLength' | 'className'
  >;
  /** Shown between the label and the textarea, e.g. "Write" and "Preview" tabs. */
  before?: ReactNode;
  /** Shown right after the textarea, e.g. a completion list or a preview. */
  after?: ReactNode;
  /** Hides the textarea (not its label): another view of the text is shown instead. */
  hidden?: boolean;
}

export function TextArea({
  id,
  name,
  label,
  value,
  error,
  onChange,
  hint,
  optional,
  rows = 4,
  maxLength,
  ref,
  textareaProps,
  before,
  after,
  hidden,
}: TextAreaProps) {
  const { 'aria-describedby': extraDescription, ...extras } = textareaProps ?? {};
  return (
    <div className={fieldClass(error)}>
      <Label id={id} label={label} optional={optional} />
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      {before}
      <textarea
        {...extras}
        ref={ref}
        className={['textarea', error && 'input--error'].filter(Boolean).join(' ')}
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        value={value}
        hidden={hidden}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(
          hint !== undefined && `${id}-hint`,
          error && `${id}-error`,
          extraDescription,
        )}
        aria-invalid={error ? true : undefined}
      />
      {after}
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
  hint?: ReactNode;
  disabled?: boolean;
}

export interface SelectFieldProps extends FieldProps<string>, Common {
  options: readonly Option[];
  /** The first, empty choice, e.g. "Choose a delegation" or "Any". */
  placeholder?: string;
  autoComplete?: string;
  disabled?: boolean;
}

export function SelectField({
  id,
  name,
  label,
  value,
  error,
  onChange,
  hint,
  optional,
  options,
  placeholder,
  autoComplete,
  disabled,
}: SelectFieldProps) {
  return (
    <div className={fieldClass(error)}>
      <Label id={id} label={label} optional={optional} />
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      <select
        className={['select', error && 'input--error'].filter(Boolean).join(' ')}
        id={id}
        name={name}
        value={value}
        disabled={disabled}
        autoComplete={autoComplete}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
        aria-invalid={error ? true : undefined}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface DateFieldProps extends FieldProps<string>, Common {
  min?: string;
  max?: string;
}

/** A calendar date as YYYY-MM-DD (the browser's date picker; typing works too). */
export function DateField({
  id,
  name,
  label,
  value,
  error,
  onChange,
  hint,
  optional,
  min,
  max,
}: DateFieldProps) {
  return (
    <div className={fieldClass(error)}>
      <Label id={id} label={label} optional={optional} />
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      <input
        className={inputClass('short', error)}
        id={id}
        name={name}
        type="date"
        value={value}
        min={min}
        max={max}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}

export interface CheckboxGroupProps extends FieldProps<string[]>, Omit<Common, 'width'> {
  options: readonly Option[];
  /** The legend reads as the question; defaults to the label. */
  legend?: ReactNode;
}

/**
 * Several checkboxes under one question (a fieldset and its legend). The first box carries
 * the group's id, so that the error summary's link lands on it.
 */
export function CheckboxGroup({ value, onChange, ...group }: CheckboxGroupProps) {
  return (
    <ChoiceGroup
      {...group}
      type="checkbox"
      listClass="checkboxes"
      isChecked={(option) => value.includes(option)}
      onToggle={(option, checked) =>
        onChange(checked ? [...value, option] : value.filter((chosen) => chosen !== option))
      }
    />
  );
}

export interface RadioGroupProps extends FieldProps<string>, Omit<Common, 'width'> {
  options: readonly Option[];
  legend?: ReactNode;
  /** Options side by side rather than one under the other. */
  inline?: boolean;
}

/**
 * One choice of a few, all in view (a fieldset of radio buttons). The first button carries
 * the group's id, so that the error summary's link lands on it.
 */
export function RadioGroup({ value, onChange, inline, ...group }: RadioGroupProps) {
  return (
    <ChoiceGroup
      {...group}
      type="radio"
      listClass={inline ? 'radios radios--inline' : 'radios'}
      isChecked={(option) => value === option}
      onToggle={(option) => onChange(option)}
    />
  );
}

/** The fieldset both groups share: legend, hint, error, and one labelled input per option. */
function ChoiceGroup({
  id,
  name,
  label,
  error,
  hint,
  optional,
  options,
  legend,
  type,
  listClass,
  isChecked,
  onToggle,
}: Omit<CheckboxGroupProps, 'value' | 'onChange'> & {
  type: 'checkbox' | 'radio';
  listClass: string;
  isChecked: (option: string) => boolean;
  onToggle: (option: string, checked: boolean) => void;
}) {
  return (
    <div className={fieldClass(error)}>
      <fieldset
        className="fieldset"
        aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
      >
        <legend className="fieldset__legend">
          {legend ?? label}
          {optional && <span className="field__optional"> (optional)</span>}
        </legend>
        <Hint id={id} hint={hint} />
        <ErrorMessage id={id} error={error} />
        <div className={listClass}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index}`;
            return (
              <div className={type === 'radio' ? 'checkbox radio' : 'checkbox'} key={option.value}>
                <input
                  className={type === 'radio' ? 'checkbox__input radio__input' : 'checkbox__input'}
                  type={type}
                  id={optionId}
                  name={name}
                  value={option.value}
                  checked={isChecked(option.value)}
                  disabled={option.disabled}
                  onChange={(event) => onToggle(option.value, event.target.checked)}
                  aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                />
                <label className="checkbox__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint && (
                  <div className="checkbox__hint" id={`${optionId}-item-hint`}>
                    {option.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export interface CheckboxProps extends FieldProps<boolean> {
  hint?: ReactNode;
}

/** One yes/no choice. */
export function Checkbox({ id, name, label, value, error, onChange, hint }: CheckboxProps) {
  return (
    <div className={fieldClass(error)}>
      <ErrorMessage id={id} error={error} />
      <div className="checkbox">
        <input
          className="checkbox__input"
          type="checkbox"
          id={id}
          name={name}
          checked={value}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
          aria-invalid={error ? true : undefined}
        />
        <label className="checkbox__label" htmlFor={id}>
          {label}
        </label>
        {hint && (
          <div className="checkbox__hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
      </div>
    </div>
  );
}
