import { ExtensionApp } from '../../utils/extension-app';

export function App() {
  return <ExtensionApp mode="panel" />;
}
