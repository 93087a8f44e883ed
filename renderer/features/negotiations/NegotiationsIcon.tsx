/** Decorative: the nav button's text names the section. Two hands meeting over a city. */
export function NegotiationsIcon() {
  return (
    <svg className="icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      <path d="M3 17V8l4-3 4 3v9" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      <path d="M11 17v-6h6v6M2 17h16M6 11h2M6 14h2" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}
