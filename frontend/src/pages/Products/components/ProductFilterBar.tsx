import { Button, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { PRODUCT_HORIZONS, PRODUCT_STATUSES, PRODUCT_TYPES, RISK_LEVELS, VARIETIES } from '../../../products/utils/productEnums';
import type { ProductFilters } from '../utils/productWhere';

export interface ProductFilterBarProps {
  filters: ProductFilters;
  // Whether the viewer sees every status, and so filters by it.
  statusFilter: boolean;
  onChange: (changes: Partial<ProductFilters>) => void;
  onClear: () => void;
}

// ProductFilterBar is the row of the catalogue's filters. The search box
// applies once typing pauses (or on Enter); the choices at once.
export function ProductFilterBar({ filters, statusFilter, onChange, onClear }: ProductFilterBarProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(filters.search);
  const typed = useDebouncedValue(search);
  // The URL is the truth: going back, or clearing, shows its search.
  useEffect(() => setSearch(filters.search), [filters.search]);
  useEffect(() => {
    if (typed.trim() !== filters.search.trim()) onChange({ search: typed });
    // Only a pause in typing applies the search.
  }, [typed]);

  const choices = <T extends string>(values: T[], group: string) => values.map((v) => ({ value: v, label: t(`${group}.${v}`) }));
  const multi = { mode: 'multiple' as const, allowClear: true, maxTagCount: 'responsive' as const, showSearch: { optionFilterProp: 'label' } };

  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        placeholder={t('pages.products.search')}
        style={{ width: 280 }}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        onSearch={(q) => onChange({ search: q })}
        data-testid="product-search"
      />
      <Select
        {...multi}
        placeholder={t('pages.products.fields.type')}
        style={{ minWidth: 160 }}
        options={choices(PRODUCT_TYPES, 'enums.productType')}
        value={filters.types}
        onChange={(types) => onChange({ types })}
        data-testid="product-filter-type"
      />
      <Select
        {...multi}
        placeholder={t('pages.products.fields.riskLevel')}
        style={{ minWidth: 140 }}
        options={choices(RISK_LEVELS, 'enums.riskLevel')}
        value={filters.riskLevels}
        onChange={(riskLevels) => onChange({ riskLevels })}
        data-testid="product-filter-risk"
      />
      <Select
        {...multi}
        placeholder={t('pages.products.fields.horizon')}
        style={{ minWidth: 120 }}
        options={choices(PRODUCT_HORIZONS, 'enums.horizon')}
        value={filters.horizons}
        onChange={(horizons) => onChange({ horizons })}
        data-testid="product-filter-horizon"
      />
      <Select
        {...multi}
        placeholder={t('pages.products.fields.variety')}
        style={{ minWidth: 140 }}
        options={choices(VARIETIES, 'enums.variety')}
        value={filters.varieties}
        onChange={(varieties) => onChange({ varieties })}
        data-testid="product-filter-variety"
      />
      {statusFilter && (
        <Select
          {...multi}
          placeholder={t('pages.products.fields.status')}
          style={{ minWidth: 140 }}
          options={choices(PRODUCT_STATUSES, 'enums.productStatus')}
          value={filters.statuses}
          onChange={(statuses) => onChange({ statuses })}
          data-testid="product-filter-status"
        />
      )}
      <Input.Search
        key={filters.issuer}
        allowClear
        placeholder={t('pages.products.issuerSearch')}
        style={{ width: 180 }}
        defaultValue={filters.issuer}
        onSearch={(issuer) => onChange({ issuer })}
        data-testid="product-filter-issuer"
      />
      <Button onClick={onClear}>{t('pages.products.reset')}</Button>
    </Space>
  );
}
