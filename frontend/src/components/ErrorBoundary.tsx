import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ErrorBoundaryProps {
  children: ReactNode;
}

interface State {
  failed: boolean;
}

// ErrorBoundary shows a clear page instead of a blank screen when a
// component throws.
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  render() {
    return this.state.failed ? <Crashed /> : this.props.children;
  }
}

function Crashed() {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('errors.crashed')}
      extra={<Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>}
    />
  );
}
