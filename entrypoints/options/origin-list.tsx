/** The options page's origin fields: an address typed with one action button, and a list of origins to remove. */

export function OriginInput(props: {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onInput(value: string): void;
  action: string;
  onAction(): void;
}) {
  return (
    <div class="row">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        placeholder={props.placeholder}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      <button type="button" onClick={props.onAction}>
        {props.action}
      </button>
    </div>
  );
}

export function OriginList(props: {
  origins: readonly string[];
  label?: string;
  removeLabel: string;
  onRemove(origin: string): void;
  empty?: string;
}) {
  if (props.origins.length === 0) return props.empty ? <p class="hint">{props.empty}</p> : null;
  return (
    <ul aria-label={props.label}>
      {props.origins.map((origin) => (
        <li key={origin}>
          {origin}{' '}
          <button type="button" onClick={() => props.onRemove(origin)}>
            {props.removeLabel}
          </button>
        </li>
      ))}
    </ul>
  );
}
