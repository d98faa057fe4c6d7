/**
 * The team board's commands. Calling and transferring go through the dial feature's commands
 * (`dial/number`, `control/transfer`) by extension, so they share its checks, its device choice and
 * its messages. A username is acted on only when the app knows that person (on the board, a
 * favourite, or found by a search): a name from the window is never sent to the PBX unchecked.
 */
import type { TeamSearchHit, teamContract } from '../../shared/features/team';
import { teamLimits } from '../../shared/features/team';
import { CommandFailure } from '../commands/dispatch';
import type { FeatureHandlers } from '../commands/handler-types';
import { searchUsers } from '../phonebook/user-search';
import type { TeamBoard, TeamDeps } from './create';
import { personFromUser, withFavourite, withFavouriteAt, withHidden } from './favourites';
import { type TeamPerson, teamSettingsView } from './settings';
import { transferableCall } from './tray';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function createTeamHandlers(deps: TeamDeps, board: TeamBoard): FeatureHandlers<typeof teamContract> {
  const { settings } = deps;

  /** Someone the app knows, or a not-found failure without any request. */
  function knownPerson(username: string): TeamPerson {
    const { favourites, hidden } = settings.current;
    const member = deps.slice.current.members.find((entry) => same(entry.username, username));
    const saved = [...favourites, ...hidden].find((entry) => same(entry.username, username));
    const person = board.people.get(username);
    const listed = board.directory.find(username);
    if (listed) return personFromUser(listed);
    if (person?.found === true)
      return {
        username: person.username,
        name: person.name ?? person.username,
        extension: person.extension,
        userId: person.userId,
      };
    if (saved) return saved;
    if (member)
      return { username: member.username, name: member.name, extension: member.extension, userId: null };
    throw new CommandFailure({ kind: 'not-found', detail: 'team-no-such-user' });
  }

  /** The extension to dial: the one known, else the user is read once now. */
  async function extensionOf(username: string): Promise<string> {
    const known = knownPerson(username);
    if (board.people.get(username)?.found === false)
      throw new CommandFailure({ kind: 'not-found', detail: 'team-not-on-pbx' });
    let extension = board.people.get(username)?.extension ?? known.extension;
    if (extension === null) {
      const user = await board.session().api.identity.getUser(known.username);
      board.people.setUser(known.username, user);
      board.publish();
      if (!user) throw new CommandFailure({ kind: 'not-found', detail: 'team-not-on-pbx' });
      extension = user.extension;
    }
    if (!extension) throw new CommandFailure({ kind: 'unavailable', detail: 'team-no-extension' });
    return extension;
  }

  const view = () => teamSettingsView(settings.current);

  return {
    'team/watch': (input) => {
      board.watch(input.open);
      return null;
    },
    'team/call': async (input, origin) => {
      board.session();
      const extension = await extensionOf(input.username);
      await deps.run('dial/number', { target: extension, source: input.source }, origin);
      return { extension };
    },
    'team/transfer': async (input, origin) => {
      board.session();
      const callId = input.callId ?? transferableCall(deps.state())?.id;
      if (callId === undefined) throw new CommandFailure({ kind: 'unavailable', detail: 'team-no-call' });
      const extension = await extensionOf(input.username);
      return deps.run('control/transfer', { callId, target: extension }, origin);
    },
    'team/search': async (input) => {
      if (input.query.trim() === '') return [];
      const session = board.session();
      const before = board.directory.readAtMs;
      const users = await board.directory.recent(session.api);
      if (board.directory.readAtMs !== before) board.directoryRead(users);
      const scope = board.scope();
      const onBoard = new Set(scope.usernames.map((name) => name.toLowerCase()));
      const favourites = new Set(settings.current.favourites.map((entry) => entry.username.toLowerCase()));
      const me = session.agent.username.toLowerCase();
      return searchUsers(
        users.filter((user) => user.username.toLowerCase() !== me),
        input.query,
        input.limit ?? teamLimits.searchResults,
      ).map(
        (user): TeamSearchHit => ({
          username: user.username,
          name: user.displayName,
          extension: user.extension,
          presence: user.presence,
          favourite: favourites.has(user.username.toLowerCase()),
          onBoard: onBoard.has(user.username.toLowerCase()),
        }),
      );
    },
    'team/favourite': (input) => {
      const saved = settings.current.favourites.find((entry) => same(entry.username, input.username));
      const person = !input.favourite && saved ? saved : knownPerson(input.username);
      settings.update(withFavourite(settings.current, person, input.favourite));
      board.publish();
      return view();
    },
    'team/move-favourite': (input) => {
      settings.update(withFavouriteAt(settings.current, input.username, input.index));
      board.publish();
      return view();
    },
    'team/hide': (input) => {
      const saved = settings.current.hidden.find((entry) => same(entry.username, input.username));
      const person = !input.hidden && saved ? saved : knownPerson(input.username);
      settings.update(withHidden(settings.current, person, input.hidden));
      board.publish();
      return view();
    },
    'team/update-settings': (input) => {
      if (input.announceFavourites !== undefined)
        settings.update({ announceFavourites: input.announceFavourites });
      return view();
    },
  };
}
