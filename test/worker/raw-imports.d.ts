// Fixture files imported as text with Vite's `?raw` suffix (workerd tests cannot read files).
declare module '*?raw' {
  const text: string;
  export default text;
}
