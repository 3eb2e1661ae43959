import { useEffect } from 'react';
import { PlanEditor, type PlanEditorProps } from './PlanEditor';
import { PrintView, type PrintViewProps } from './PrintView';
import './plans-panel.css';

export interface PlanDrawerProps {
  /** The selected hotspot or area a plan belongs to; null when nothing plannable is selected. */
  selection: { label: string; planId: string | null } | null;
  onStart: () => void;
  onOpen: (planId: string) => void;
  /** The plan open in the drawer; null: the drawer is closed. */
  editor: PlanEditorProps | null;
  onClose: () => void;
  /** Waiting for a click on the map to place an action. */
  picking: { actionNumber: number } | null;
  onCancelPick: () => void;
  onPrint: () => void;
  onMapPng: () => void;
  print: PrintViewProps | null;
}

/**
 * "Start a plan" beside the profile, and the plan in a drawer over the map: the editor, Print profile and Map as PNG.
 * While an action is being placed the drawer steps aside and a banner says what a click will do (Esc cancels).
 */
export function PlanDrawer(props: PlanDrawerProps) {
  const { picking, onCancelPick } = props;
  useEffect(() => {
    if (!picking) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onCancelPick();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [picking, onCancelPick]);

  const print = props.print && <PrintView {...props.print} />;
  if (picking)
    return (
      <div className="plan-pick-banner" role="status" data-testid="plan-pick-banner">
        <span>{`Click the map where action ${picking.actionNumber} happens.`}</span>
        <button type="button" onClick={onCancelPick}>
          Cancel
        </button>
      </div>
    );
  if (!props.editor) {
    const { selection } = props;
    if (!selection) return print;
    const planId = selection.planId;
    return (
      <>
        <button
          type="button"
          className="plan-start"
          aria-label={`${planId ? 'Open the plan' : 'Start a plan'} for ${selection.label}`}
          onClick={() => (planId ? props.onOpen(planId) : props.onStart())}
        >
          {planId ? 'Open the plan' : 'Start a plan'}
        </button>
        {print}
      </>
    );
  }
  return (
    <section className="plan-drawer" aria-label="Problem-solving plan" data-testid="plan-drawer">
      <div className="plan-drawer-tools">
        <button type="button" onClick={props.onPrint}>
          Print profile
        </button>
        <button type="button" onClick={props.onMapPng}>
          Map as PNG
        </button>
        <button type="button" onClick={props.onClose}>
          Close the plan
        </button>
      </div>
      <PlanEditor {...props.editor} />
      {print}
    </section>
  );
}
