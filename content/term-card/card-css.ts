/** The card's styles, inside its shadow root: the page's styles cannot reach them. */
export const CARD_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box; width: 320px; max-width: calc(100vw - 16px); padding: 12px 14px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1d1f23; background: #ffffff; border: 1px solid #c9ced6; border-radius: 10px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18); text-align: start;
}
.card:focus { outline: 2px solid #2f6fdf; outline-offset: 2px; }
.head { display: flex; align-items: start; justify-content: space-between; gap: 8px; }
h2 { margin: 0; font-size: 16px; font-weight: 650; }
.aliases { margin: 2px 0 0; color: #4a4f57; font-size: 12px; }
.definition { margin: 8px 0; }
.source { color: #1f5fcf; font-size: 13px; }
.actions { display: flex; gap: 8px; margin-top: 10px; }
button {
  font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 6px; cursor: pointer;
  color: #1d1f23; background: #eef1f5; border: 1px solid #b9c0ca;
}
button:hover { background: #e1e6ee; }
button:focus-visible { outline: 2px solid #2f6fdf; outline-offset: 1px; }
.close { padding: 0 8px; font-size: 18px; line-height: 1.2; background: transparent; border-color: transparent; }
@media (prefers-color-scheme: dark) {
  .card { color: #e8eaed; background: #202226; border-color: #3c4048; }
  .aliases { color: #b4b9c2; }
  .source { color: #8ab4ff; }
  button { color: #e8eaed; background: #2c2f35; border-color: #4a4f57; }
  button:hover { background: #363a41; }
}
`;
