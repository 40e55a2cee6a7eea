import type { packChannels } from '../../../shared/ipc/channels/packs';
import type { DemoPackLibrary } from '../../demoPacks/packLibrary';
import type { PackRecorder } from '../../demoPacks/packRecorder';
import type { HandlerGroup } from '../handlerTypes';

/** The demo packs: listed, imported, exported, switched on and off, recorded, their turns edited. */
export const packHandlers = ({
  packs,
  recorder,
}: {
  packs: DemoPackLibrary;
  recorder: PackRecorder;
}): HandlerGroup<keyof typeof packChannels> => ({
  'packs:list': () => packs.list(),
  'packs:import': ({ text, replace }) => packs.importPack(text, replace),
  'packs:export': ({ id }) => packs.exportPack(id),
  'packs:setEnabled': async ({ id, enabled }) => {
    await packs.setEnabled(id, enabled);
    return {};
  },
  'packs:remove': async ({ id }) => {
    await packs.remove(id);
    return {};
  },
  'packs:turns': ({ id }) => packs.turns(id),
  'packs:record': (request) => recorder.record(request),
  'packs:saveTurns': ({ id, uuid, conversations }) => packs.saveTurns(id, uuid, conversations),
});
