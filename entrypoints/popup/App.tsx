export function App() {
  return <main>TherapyLens</main>;
}
