#!/usr/bin/env python3
"""A builder runs one task through the host API as kojid does: login as the host, exclusiveSession,
host.updateHost (ready), host.getTasks, host.openTask, then host.closeTask with the result as a
methodResponse document (or host.failTask with a fault). Afterwards an anonymous client reads the task.

usage: koji_builder.py HUB_URL HOST PASSWORD TASK_ID (close RESULT_JSON | fail MESSAGE)
"""
import json
import sys
import xmlrpc.client

from koji_session import KojiSession, fail, report, report_call

url, host_name, password, task_id, outcome_kind, outcome_value = sys.argv[1:7]
task_id = int(task_id)

host = KojiSession(url)
host.login(host_name, password)
host.call('exclusiveSession', force=False)
report('host_id', host.call('host.getID'))
host.call('host.updateHost', 0.0, True, data={'methods': ['buildContainer', 'buildSourceContainer'], 'maxjobs': 1})

# the hub assigns one task per call, the most urgent and oldest first
offered = host.call('host.getTasks')
report('offered', [(task['id'], task['state']) for task in offered])
if task_id not in [task['id'] for task in offered]:
    fail('task %d was not offered: %r' % (task_id, offered))
opened = host.call('host.openTask', task_id)
report('opened_state', opened['state'])
report('opened_request_is_xml', opened['request'].startswith('<?xml'))

anonymous = KojiSession(url)
open_info = anonymous.call('getTaskInfo', task_id)
report('open_task', [open_info['state'], open_info['host_id'], type(open_info['start_ts']).__name__])
report('host_tasks', [task['id'] for task in host.call('host.getHostTasks')])

if outcome_kind == 'close':
    response = xmlrpc.client.dumps((json.loads(outcome_value),), methodresponse=1, allow_none=1)
    report('close', host.call('host.closeTask', task_id, response))
else:
    response = xmlrpc.client.dumps(xmlrpc.client.Fault(1000, outcome_value), methodresponse=1, allow_none=1)
    report('fail', host.call('host.failTask', task_id, response))

# kojid's shutdown: not ready any more, then logout
host.call('host.updateHost', 0.0, False)
host.logout()

report_call('result', lambda: anonymous.call('getTaskResult', task_id))
report_call('result_without_raise', lambda: anonymous.call('getTaskResult', task_id, raise_fault=False))
finished = anonymous.call('getTaskInfo', task_id)
report('finished', [finished['state'], finished['host_id'], type(finished['completion_ts']).__name__])
