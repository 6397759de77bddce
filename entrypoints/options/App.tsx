import { OptionsForm } from '../../components/OptionsForm';
import { useSettings } from '../../utils/use-settings';

export function App() {
  const { settings, status, update } = useSettings();
  if (!settings) return <p role="status">Loading settings…</p>;
  return <OptionsForm settings={settings} status={status} onChange={update} />;
}
