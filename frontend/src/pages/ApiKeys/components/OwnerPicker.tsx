import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { nodes } from '../../../utils/nodes';
import { API_KEY_OWNERS } from '../graphql/apiKeyOwners';
import { ownerWhere } from '../utils/ownerWhere';

export interface OwnerPickerProps {
  id?: string;
  value?: string;
  onChange?: (id: string) => void;
}

interface Option {
  value: string;
  label: string;
}

// OwnerPicker chooses the user a key acts as, searching the server as one
// types (after a pause, to spare it). The chosen user stays an option when
// a later search no longer finds them, so their name, not an id, is shown.
export function OwnerPicker({ id, value, onChange }: OwnerPickerProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Option | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data, loading } = useQuery(API_KEY_OWNERS, { variables: { where: ownerWhere(search) } });

  const found: Option[] = nodes(data?.users).map((u) => ({
    value: u.id,
    label: `${u.displayName} (${u.username} · ${t(`enums.role.${u.role}`)})`,
  }));
  const options = chosen && chosen.value === value && !found.some((o) => o.value === chosen.value) ? [chosen, ...found] : found;

  return (
    <Select<string, Option>
      id={id}
      value={value}
      loading={loading}
      placeholder={t('pages.apiKeys.ownerSearch')}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      options={options}
      onChange={(v, option) => {
        setChosen(Array.isArray(option) ? null : (option ?? null));
        onChange?.(v);
      }}
    />
  );
}
