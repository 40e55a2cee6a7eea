interface Option<T extends string> {
  value: T;
  label: string;
}

interface SegmentedControlProps<T extends string> {
  value: T;
  options: readonly Option<T>[];
  onChange(value: T): void;
  labelledBy: string;
  testId: string;
}

/** A row of radio-like buttons for a small choice (theme, language). */
export const SegmentedControl = <T extends string>({
  value,
  options,
  onChange,
  labelledBy,
  testId,
}: SegmentedControlProps<T>) => (
  <div className="segmented" role="radiogroup" aria-labelledby={labelledBy} data-testid={testId}>
    {options.map((option) => (
      <button
        key={option.value}
        type="button"
        role="radio"
        aria-checked={option.value === value}
        className="segmented__option"
        data-testid={`${testId}-${option.value}`}
        onClick={() => onChange(option.value)}
      >
        {option.label}
      </button>
    ))}
  </div>
);
