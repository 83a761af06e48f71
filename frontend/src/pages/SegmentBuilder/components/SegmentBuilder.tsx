import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { canCreateSegment, canEditSegment } from '../../../access';
import { useViewer } from '../../../auth/viewerContext';
import type { RuleEditorDimensionFragment, SavedSegmentDetailFragment, SavedSegmentInput } from '../../../gql/graphql';
import { RuleEditor } from '../../../segments/components/RuleEditor';
import type { GroupDraft } from '../../../segments/types/ruleDraft';
import type { SchemeClasses } from '../../../segments/utils/enumValueLabel';
import { newGroup } from '../../../segments/utils/newRuleNodes';
import { parseRule } from '../../../segments/utils/parseRule';
import { ruleErrors, type RuleError } from '../../../segments/utils/ruleErrors';
import { ruleProblemMessages } from '../../../segments/utils/ruleProblemMessages';
import { toRuleJson } from '../../../segments/utils/toRuleJson';
import { validateDraft } from '../../../segments/utils/validateDraft';
import { CREATE_SAVED_SEGMENT } from '../graphql/createSavedSegment';
import { UPDATE_SAVED_SEGMENT } from '../graphql/updateSavedSegment';
import { useLiveCount } from '../hooks/useLiveCount';
import { LiveCount } from './LiveCount';
import { MemberPreview } from './MemberPreview';
import { SaveSegmentModal, type SegmentFormValues } from './SaveSegmentModal';
import { SegmentActions } from './SegmentActions';
import { SegmentComposition } from './SegmentComposition';
import { SegmentSnapshots } from './SegmentSnapshots';

export interface SegmentBuilderProps {
  // The saved segment being changed, or null for a new one.
  segment: SavedSegmentDetailFragment | null;
  dimensions: readonly RuleEditorDimensionFragment[];
  byKey: ReadonlyMap<string, RuleEditorDimensionFragment>;
  schemes: readonly SchemeClasses[];
}

// initialDraft reads a saved rule into the editor, or starts a new rule
// with one empty condition; unreadable says the saved rule could not be read.
function initialDraft(rule: string | undefined): { draft: GroupDraft; unreadable: boolean } {
  if (!rule) return { draft: newGroup(), unreadable: false };
  try {
    return { draft: parseRule(rule), unreadable: false };
  } catch {
    return { draft: newGroup(), unreadable: true };
  }
}

// SegmentBuilder edits a segment's rule while counting the clients it picks
// (once typing pauses), charting their composition and listing the first
// of them, and saves it. The server's complaints about the rule are shown
// at the conditions they concern.
export function SegmentBuilder({ segment, dimensions, byKey, schemes }: SegmentBuilderProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const viewer = useViewer();
  const [initial] = useState(() => initialDraft(segment?.rule));
  const [draft, setDraft] = useState<GroupDraft>(initial.draft);
  const [saving, setSaving] = useState(false);
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  // The server's complaints about the rule as last saved, while it is unchanged.
  const [saveErrors, setSaveErrors] = useState<{ rule: string; errors: RuleError[] } | null>(null);
  const [create] = useMutation(CREATE_SAVED_SEGMENT, { update: (cache) => cache.evict({ id: 'ROOT_QUERY', fieldName: 'savedSegments' }) });
  const [update] = useMutation(UPDATE_SAVED_SEGMENT, { update: (cache) => cache.evict({ id: 'ROOT_QUERY', fieldName: 'savedSegments' }) });

  const local = useMemo(() => validateDraft(draft, byKey), [draft, byKey]);
  const rule = useMemo(() => JSON.stringify(toRuleJson(draft, byKey)), [draft, byKey]);
  const incomplete = local.length > 0;
  const live = useLiveCount(incomplete ? null : rule);
  const problems = useMemo(() => {
    const server = [...ruleErrors(live.error), ...(saveErrors?.rule === rule ? saveErrors.errors : [])];
    return ruleProblemMessages(t, local, server);
  }, [t, local, live.error, saveErrors, rule]);
  const canSave = segment ? canEditSegment(viewer, segment.owner.id) : canCreateSegment(viewer.role);
  const k = (key: string) => t(`pages.segmentBuilder.${key}`);

  async function save(values: SegmentFormValues) {
    const input: SavedSegmentInput = {
      name: values.name.trim(),
      description: values.description?.trim() || null,
      rule,
      visibility: values.visibility,
    };
    setSaving(true);
    setFailure(null);
    try {
      if (segment) {
        await update({ variables: { id: segment.id, input } });
        setAsking(false);
        void message.success(k('saved'));
      } else {
        const { data } = await create({ variables: { input } });
        setAsking(false);
        void message.success(k('created'));
        if (data) navigate(`/segments/${data.createSavedSegment.id}`, { replace: true });
      }
    } catch (err) {
      const errors = ruleErrors(err);
      if (errors.length) {
        // The rule is at fault: say so at its conditions.
        setSaveErrors({ rule, errors });
        setAsking(false);
        void message.error(k('invalid'));
      } else {
        setFailure(err);
      }
    } finally {
      setSaving(false);
    }
  }

  function askToSave() {
    if (incomplete) {
      void message.warning(k('incomplete'));
      return;
    }
    setFailure(null);
    setAsking(true);
  }

  const when = (at?: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : '—');
  return (
    <Space vertical size="middle" style={{ width: '100%' }}>
      <Link to="/segments">
        <Button>{k('back')}</Button>
      </Link>
      <Card
        title={<span data-testid="segment-title">{segment ? segment.name : k('newTitle')}</span>}
        extra={
          <Space wrap>
            {segment && <SegmentActions segment={segment} />}
            {canSave && (
              <Button type="primary" onClick={askToSave} data-testid="segment-save">
                {k('saveButton')}
              </Button>
            )}
          </Space>
        }
      >
        {segment && (
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2, xl: 4 }}
            style={{ marginBottom: 16 }}
            items={[
              { key: 'owner', label: k('owner'), children: segment.owner.displayName },
              { key: 'visibility', label: k('visibility'), children: t(`enums.savedSegmentVisibility.${segment.visibility}`) },
              {
                key: 'memberCount',
                label: k('memberCount'),
                children: (
                  <span data-testid="segment-member-count">
                    {segment.memberCount === null || segment.memberCount === undefined
                      ? '—'
                      : t('pages.segmentBuilder.countedAt', { count: segment.memberCount, at: when(segment.countedAt) })}
                  </span>
                ),
              },
              { key: 'updatedAt', label: k('updatedAt'), children: when(segment.updatedAt) },
              ...(segment.description ? [{ key: 'description', label: k('description'), span: 'filled' as const, children: segment.description }] : []),
            ]}
          />
        )}
        {initial.unreadable && <Alert type="warning" showIcon title={k('unreadable')} style={{ marginBottom: 16 }} />}
        {!canSave && segment && (
          <Typography.Paragraph type="secondary">{k('readOnly')}</Typography.Paragraph>
        )}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <RuleEditor value={draft} onChange={setDraft} dimensions={dimensions} schemes={schemes} problems={problems} />
          </Col>
          <Col xs={24} xl={9}>
            <Space vertical size="middle" style={{ width: '100%' }}>
              <LiveCount live={live} incomplete={incomplete} />
              <SegmentComposition rule={live.countedRule} dimensions={dimensions} schemes={schemes} />
            </Space>
          </Col>
        </Row>
      </Card>
      <MemberPreview rule={live.countedRule} />
      {segment && <SegmentSnapshots segmentId={segment.id} />}
      <SaveSegmentModal
        open={asking}
        initialValues={{ name: segment?.name ?? '', description: segment?.description ?? '', visibility: segment?.visibility ?? 'PRIVATE' }}
        saving={saving}
        failure={failure}
        onSave={(values) => void save(values)}
        onCancel={() => setAsking(false)}
      />
    </Space>
  );
}
