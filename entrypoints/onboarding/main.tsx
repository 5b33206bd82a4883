import { render } from 'preact';

function App() {
  return <h1>Power of Many</h1>;
}

render(<App />, document.getElementById('app') as HTMLElement);
