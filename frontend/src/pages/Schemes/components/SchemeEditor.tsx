import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Drawer, Input, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import type { RuleEditorDimensionFragment, SchemeCardFragment } from '../../../gql/graphql';
import { dimensionName } from '../../../segments/utils/dimensionName';
import type { SchemeClasses } from '../../../segments/utils/enumValueLabel';
import { newGroup } from '../../../segments/utils/newRuleNodes';
import { nodeId } from '../../../segments/utils/nodeId';
import { ruleProblemMessages } from '../../../segments/utils/ruleProblemMessages';
import { validateDraft } from '../../../segments/utils/validateDraft';
import { errorCode } from '../../../utils/errors';
import { UPDATE_CLASSIFICATION_SCHEME } from '../graphql/updateClassificationScheme';
import { checkClasses } from '../utils/checkClasses';
import { classDrafts, type ClassDraft } from '../utils/classDrafts';
import { schemeClassInputs } from '../utils/schemeClassInputs';
import { SchemeClassEditor } from './SchemeClassEditor';

export interface SchemeEditorProps {
  scheme: SchemeCardFragment;
  dimensions: readonly RuleEditorDimensionFragment[];
  schemes: readonly SchemeClasses[];
  // Loads the schemes afresh (after a conflict) and returns this one.
  onReload: () => Promise<SchemeCardFragment | null>;
  onClose: () => void;
}

// SchemeEditor is head office's editor of a scheme's classes: their keys,
// names and rules, their order, and a note saying why. It saves against
// the version it started from: if someone else saved meanwhile, the
// server refuses (CONFLICT) and the editor offers to start again from
// their version rather than overwrite it. A class's rule may not use the
// schemes' classes (package schemeops checks rules without them).
export function SchemeEditor({ scheme, dimensions, schemes, onReload, onClose }: SchemeEditorProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [version, setVersion] = useState(scheme.version);
  const [classes, setClasses] = useState<ClassDraft[]>(() => classDrafts(scheme.classes));
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [save, { loading }] = useMutation(UPDATE_CLASSIFICATION_SCHEME, {
    update: (cache, { data }) => {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: 'ClassificationScheme', id: data.updateClassificationScheme.id }), fieldName: 'revisions' });
      // Segment counts and compositions by this scheme's class change too.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'segmentComposition' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'segmentCount' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'segmentMembers' });
      cache.gc();
    },
  });
  const usable = useMemo(() => dimensions.filter((d) => d.group.toUpperCase() !== 'CLASSIFICATION'), [dimensions]);
  const byKey = useMemo(() => new Map(usable.map((d) => [d.key, d])), [usable]);
  const k = (key: string) => t(`pages.schemes.editor.${key}`);

  const classIssues = checkClasses(classes);
  const ruleIssues = classes.map((c) => validateDraft(c.rule, byKey));
  const valid = classIssues.length === 0 && ruleIssues.every((p) => p.length === 0);

  const set = (i: number, c: ClassDraft) => setClasses(classes.map((x, j) => (j === i ? c : x)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...classes];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    setClasses(next);
  };

  async function reload() {
    const fresh = await onReload();
    if (!fresh) return;
    setClasses(classDrafts(fresh.classes));
    setVersion(fresh.version);
    setConflict(false);
    setFailure(null);
    setChecked(false);
  }

  async function submit() {
    setChecked(true);
    if (!valid) return;
    setFailure(null);
    setConflict(false);
    try {
      await save({ variables: { id: scheme.id, version, classes: schemeClassInputs(classes, byKey), note: note.trim() || null } });
      void message.success(k('saved'));
      onClose();
    } catch (err) {
      if (errorCode(err) === 'CONFLICT') setConflict(true);
      else setFailure(err);
    }
  }

  return (
    <Drawer
      open
      size={1040}
      title={t('pages.schemes.editor.title', { name: dimensionName(scheme, i18n.language), version })}
      onClose={onClose}
      extra={
        <Space>
          <Button onClick={onClose}>{k('cancel')}</Button>
          <Button type="primary" loading={loading} onClick={() => void submit()} data-testid="scheme-save">
            {k('save')}
          </Button>
        </Space>
      }
      data-testid="scheme-editor"
    >
      <Typography.Paragraph type="secondary">{k('help')}</Typography.Paragraph>
      {conflict && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={k('conflict')}
          action={
            <Button size="small" onClick={() => void reload()} data-testid="scheme-reload">
              {k('reload')}
            </Button>
          }
          data-testid="scheme-conflict"
        />
      )}
      {failure !== null && <ErrorAlert error={failure} />}
      {checked &&
        classIssues
          .filter((p) => p.index < 0)
          .map((p) => <Alert key={p.code} type="error" showIcon title={k(`problems.${p.code}`)} style={{ marginBottom: 16 }} />)}
      <Space vertical size="middle" style={{ width: '100%' }}>
        {classes.map((c, i) => (
          <SchemeClassEditor
            key={c.id}
            index={i}
            count={classes.length}
            value={c}
            onChange={(next) => set(i, next)}
            onMove={(by) => move(i, by)}
            onRemove={() => setClasses(classes.filter((_, j) => j !== i))}
            dimensions={usable}
            schemes={schemes}
            classProblems={checked ? classIssues.filter((p) => p.index === i).map((p) => k(`problems.${p.code}`)) : []}
            ruleProblems={checked ? ruleProblemMessages(t, ruleIssues[i], []) : new Map()}
          />
        ))}
        <Button
          onClick={() => setClasses([...classes, { id: nodeId(), key: '', nameZh: '', nameEn: '', rule: newGroup() }])}
          data-testid="scheme-add-class"
        >
          {k('addClass')}
        </Button>
        <Input.TextArea
          rows={2}
          maxLength={500}
          placeholder={k('note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          data-testid="scheme-note"
        />
      </Space>
    </Drawer>
  );
}
