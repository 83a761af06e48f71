import { Descriptions, Empty, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

import type { InstitutionIndicatorsFragment } from '../../../gql/graphql';
import { dimensionName } from '../../../segments/utils/dimensionName';
import { formatDimensionValue } from '../../../segments/utils/formatDimensionValue';

export interface InstitutionIndicatorsProps {
  values: InstitutionIndicatorsFragment['dimensions'];
}

// InstitutionIndicators lists an institution's indicators in catalogue
// order, each value written as the profile (画像) writes it, with the
// indicator's description on its name.
export function InstitutionIndicators({ values }: InstitutionIndicatorsProps) {
  const { t, i18n } = useTranslation();
  return (
    <div data-testid="institution-indicators">
      <Descriptions
        title={t('pages.clientDetail.institution.indicators')}
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={values.map(({ dimension, value }) => {
          const name = dimensionName(dimension, i18n.language);
          return {
            key: dimension.key,
            label: dimension.description ? (
              <Tooltip title={dimension.description}>
                <span>{name}</span>
              </Tooltip>
            ) : (
              name
            ),
            children: <span data-testid={`indicator-${dimension.key}`}>{formatDimensionValue(t, i18n.language, dimension, value)}</span>,
          };
        })}
      />
      {values.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('pages.clientDetail.institution.noIndicators')} />}
    </div>
  );
}
