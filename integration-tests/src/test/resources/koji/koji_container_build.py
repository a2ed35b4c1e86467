#!/usr/bin/env python3
"""The calls `koji container-build TARGET SRC --git-branch main` makes, in koji-plugin-api.md section 7's
order, and the first poll of its task watch, as koji.ClientSession sends them. Prints each answer.

usage: koji_container_build.py HUB_URL USER PASSWORD TARGET SRC
"""
import sys

from koji_session import KojiSession, report, report_call

url, user, password, target_name, src = sys.argv[1:6]
session = KojiSession(url)

# activate_session: login without session headers, then ensure_connection's getAPIVersion (call 0)
sinfo = session.login(user, password)
report('login_keys', sorted(sinfo))
report('login_types', [type(sinfo['session-id']).__name__, type(sinfo['session-key']).__name__,
                       sinfo['header-auth']])
report('api_version', session.call('getAPIVersion'))

# the plugin's checks: the target (1) and its destination tag (2), which must not be locked
target = session.call('getBuildTarget', target_name)
report('target_keys', sorted(target))
report('target', [target['name'], target['build_tag_name'], target['dest_tag_name']])
report('target_tag_ids', [target['build_tag'], target['dest_tag']])
dest_tag = session.call('getTag', target['dest_tag'])
report('dest_tag', [dest_tag['id'], dest_tag['name'], dest_tag['locked'], dest_tag['arches']])

# the submission (3): opts only from the options given, priority as a keyword
task_id = session.call('buildContainer', src, target_name, {'git_branch': 'main'}, priority=None)
report('task_id', task_id)
report('task_id_type', type(task_id).__name__)

# the plugin logs out before watching (4); every later call is anonymous
report('logout', session.logout())

# watch_tasks' first poll
info = session.call('getTaskInfo', task_id, request=True)
report('task_keys', sorted(info))
for key in ('id', 'state', 'method', 'arch', 'owner', 'channel_id', 'priority', 'weight', 'host_id', 'parent',
            'label', 'waiting', 'awaited', 'start_time', 'completion_time', 'completion_ts', 'request'):
    report('task.' + key, info[key])
report('task.create_time_type', type(info['create_time']).__name__)
report('task.create_ts_type', type(info['create_ts']).__name__)
report('children', session.call('getTaskChildren', task_id))
report_call('missing_task', lambda: session.call('getTaskInfo', 999999, request=True))

report('sent', [(method, callnum) for method, callnum, params in session.sent])
report('build_params', [params for method, callnum, params in session.sent if method == 'buildContainer'][0])
report('logout_params', [params for method, callnum, params in session.sent if method == 'logout'][0])
report('koji_versions', sorted(session.koji_versions))
