import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { ComponentProps } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';

import { getToken } from '../../auth/session';
import { i18n } from '../../i18n';
import { LOGIN } from './graphql/login';
import { LoginPage } from '.';

function renderLogin(mocks: ComponentProps<typeof MockedProvider>['mocks']) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={['/login']}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/" element={<p>home page</p>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

function submit(username: string, password: string) {
  fireEvent.change(screen.getByLabelText(i18n.t('pages.login.username')), { target: { value: username } });
  fireEvent.change(screen.getByLabelText(i18n.t('pages.login.password')), { target: { value: password } });
  // antd spaces out two-character Chinese button labels (登 录).
  const label = i18n.t('pages.login.submit');
  fireEvent.click(screen.getByRole('button', { name: (name) => name.replace(/\s/g, '') === label }));
}

describe('LoginPage', () => {
  beforeEach(() => localStorage.clear());

  it('stores the token and goes home', async () => {
    renderLogin([
      {
        request: { query: LOGIN, variables: { username: 'advisor1', password: 'pw-12345678' } },
        result: {
          data: {
            login: {
              __typename: 'LoginPayload',
              token: 'tok-1',
              expiresAt: '2026-01-01T00:00:00Z',
              user: { __typename: 'User', id: '1', username: 'advisor1' },
            },
          },
        },
      },
    ]);
    submit('advisor1', 'pw-12345678');
    await screen.findByText('home page');
    expect(getToken()).toBe('tok-1');
  });

  it('says so when the credentials are wrong', async () => {
    renderLogin([
      {
        request: { query: LOGIN, variables: { username: 'advisor1', password: 'wrong-pass' } },
        result: { errors: [new GraphQLError('wrong username or password', { extensions: { code: 'UNAUTHENTICATED' } })] },
      },
    ]);
    submit('advisor1', 'wrong-pass');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(i18n.t('errors.badCredentials')));
    expect(getToken()).toBeNull();
  });
});
