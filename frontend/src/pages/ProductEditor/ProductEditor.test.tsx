import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { ViewerContext, type Viewer } from '../../auth/viewerContext';
import { PRODUCT_EDITOR } from './graphql/productEditor';
import { UPDATE_PRODUCT } from './graphql/updateProduct';
import { formValuesOf, productInputOf } from './utils/productFormValues';
import { ProductEditorPage } from '.';

const pm: Viewer = { id: 'pm1', username: 'pm1', displayName: '产品经理', role: 'PRODUCT_MANAGER', branch: null };

const draft = {
  __typename: 'Product' as const,
  id: 'p1',
  status: 'DRAFT' as const,
  version: 4,
  submittedBy: null,
  code: 'P000123',
  name: '招商稳健债券A',
  type: 'BOND_FUND' as const,
  issuer: '招商基金',
  manager: null,
  riskLevel: 'R2' as const,
  horizon: 'MEDIUM' as const,
  variety: 'FIXED_INCOME' as const,
  minAmount: '1000.0000',
  stepAmount: '0.0000',
  subscriptionFeeRate: '0.8000',
  redemptionFeeRate: '0.5000',
  managementFeeRate: '0.7000',
  custodyFeeRate: '0.2000',
  expectedReturnMin: null,
  expectedReturnMax: null,
  documents: [],
  professionalOnly: false,
  qualifiedOnly: false,
  refuseMismatch: false,
  assessmentValidityMonths: null,
  refuseFromAge: null,
  coolingOffHours: 0,
  saleStart: null,
  saleEnd: null,
};

const loaded = { request: { query: PRODUCT_EDITOR, variables: { id: 'p1' } }, result: { data: { node: draft } } };
// The draft saved as loaded, against the version it was loaded at.
const saved = { query: UPDATE_PRODUCT, variables: { id: 'p1', version: 4, input: productInputOf(formValuesOf(draft)) } };
const refused = (message: string, code: string) => ({
  request: saved,
  result: { errors: [new GraphQLError(message, { extensions: { code } })] },
});

function renderEditor(mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={mocks}>
      <App>
        <ViewerContext.Provider value={pm}>
          <MemoryRouter initialEntries={['/products/p1/edit']}>
            <Routes>
              <Route path="/products/:id/edit" element={<ProductEditorPage />} />
            </Routes>
          </MemoryRouter>
        </ViewerContext.Provider>
      </App>
    </MockedProvider>,
  );
}

describe('ProductEditorPage', () => {
  it("shows the server's complaint on the field it names", { timeout: 30_000 }, async () => {
    renderEditor([loaded, refused('managementFeeRate: 0.7000 is above the issuer agreement', 'BAD_USER_INPUT')]);
    expect(await screen.findByDisplayValue('招商稳健债券A')).toBeTruthy();
    expect((screen.getByLabelText('管理费率') as HTMLInputElement).value).toBe('0.7');
    fireEvent.click(screen.getByTestId('product-save'));
    expect(await screen.findByText('0.7000 is above the issuer agreement', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByTestId('product-conflict')).toBeNull();
  });

  it('says the product changed meanwhile instead of overwriting it', { timeout: 30_000 }, async () => {
    renderEditor([loaded, refused('the product changed meanwhile (version 5, not 4); reload and try again', 'CONFLICT')]);
    await screen.findByDisplayValue('招商稳健债券A');
    fireEvent.click(screen.getByTestId('product-save'));
    const conflict = await screen.findByTestId('product-conflict', {}, { timeout: 5000 });
    expect(conflict.textContent).toContain('已被他人修改');
    expect(screen.getByTestId('product-reload')).toBeTruthy();
  });

  it('checks the rules before saving', { timeout: 30_000 }, async () => {
    renderEditor([loaded]);
    await screen.findByDisplayValue('招商稳健债券A');
    fireEvent.change(screen.getByLabelText('托管费率'), { target: { value: '120' } });
    fireEvent.change(screen.getByLabelText('预期收益率下限'), { target: { value: '3' } });
    fireEvent.click(screen.getByTestId('product-save'));
    await waitFor(() => expect(screen.getByText('费率须在 0 至 100 之间')).toBeTruthy());
    expect(screen.getAllByText('请同时填写上下限，或都不填').length).toBeGreaterThan(0);
  });
});
