#!/usr/bin/env python3
"""Plays kojid against a hub with nothing but the standard library, as Koji's ClientSession talks:
session headers, a call number that rises with every request (fast uploads included), keyword
arguments in a trailing __starstar struct. Prints one check per line: name<TAB>repr(value).

usage: python_kojid.py HUB_URL HOST PASSWORD OTHER_TASK_ID
"""
import base64
import http.client
import sys
import urllib.parse
import xmlrpc.client
import zlib


class Session:
    """koji.ClientSession in miniature."""

    def __init__(self, url, sinfo=None):
        self.url = urllib.parse.urlsplit(url)
        self.conn = http.client.HTTPConnection(self.url.hostname, self.url.port, timeout=60)
        self.sinfo = sinfo
        self.callnum = 0

    def _headers(self, content_type):
        headers = {'User-Agent': 'koji/1', 'Content-Type': content_type}
        if self.sinfo:
            headers['Koji-Session-Id'] = str(self.sinfo['session-id'])
            headers['Koji-Session-Key'] = self.sinfo['session-key']
            headers['Koji-Session-Callnum'] = str(self.callnum)
            self.callnum += 1
        return headers

    def _post(self, path, body, headers):
        self.conn.request('POST', path, body=body, headers=headers)
        response = self.conn.getresponse()
        data = response.read()
        if response.status != 200:
            raise RuntimeError('HTTP %d: %r' % (response.status, data))
        return xmlrpc.client.loads(data)[0][0]

    def call(self, method, *args, **kwargs):
        if kwargs:
            kwargs['__starstar'] = True
            args = args + (kwargs,)
        body = xmlrpc.client.dumps(args, method, allow_none=True).encode('utf-8')
        return self._post(self.url.path, body, self._headers('text/xml'))

    def login(self, user, password):
        self.sinfo = self.call('login', user, password, opts=None)
        self.callnum = 0

    def raw_upload(self, chunk, offset, path, name, overwrite=False):
        args = {'filename': name, 'filepath': path, 'fileverify': 'adler32', 'offset': str(offset)}
        if overwrite:
            args['overwrite'] = '1'
        headers = self._headers('application/octet-stream')
        headers['Content-Length'] = str(len(chunk))
        return self._post(self.url.path + '?' + urllib.parse.urlencode(args), chunk, headers)


def report(name, value):
    print('%s\t%r' % (name, value), flush=True)


def fault_of(call):
    try:
        call()
    except xmlrpc.client.Fault as fault:
        return '%d %s' % (fault.faultCode, fault.faultString)
    return 'no fault'


url, host, password, other_task = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
main = Session(url)
main.login(host, password)
main.call('exclusiveSession', force=False)
report('echo', main.call('echo', 'OK'))
host_id = main.call('host.getID')
report('host_id', host_id)
report('has_start_ts', isinstance(main.call('getSessionInfo')['start_ts'], float))
report('host_tasks_before', main.call('host.getHostTasks'))
report('host_name', main.call('host.getHost')['name'])
main.call('host.updateHost', 0.0, True, data={'methods': ['buildContainer'], 'maxjobs': 2})

# an idle builder waits for work; the Java side creates a task once it sees this line
report('waiting', True)
tasks = main.call('host.getTasks', wait_seconds=30)
report('offered_states', [task['state'] for task in tasks])
task_id = tasks[0]['id']
report('task_id', task_id)
info = main.call('getTaskInfo', task_id, request=True)
report('request', info['request'])
opened = main.call('host.openTask', task_id)
report('opened_state', opened['state'])
report('opened_request_is_xml', opened['request'].startswith('<?xml'))
main.call('host.setTaskWeight', task_id, 2.0)
report('replayed_callnum', fault_of(lambda: (setattr(main, 'callnum', main.callnum - 1), main.call('echo'))))

# kojid forks a child per task, which works on a subsession of the exclusive session
child = Session(url, main.call('subsession'))
task_dir = 'tasks/%d/%d' % (task_id % 10000, task_id)
first = b'Step 1/2 : FROM scratch\n'
second = b'Step 2/2 : LABEL name=hello\n'
up1 = child.raw_upload(first, 0, task_dir, 'build.log', overwrite=True)
up2 = child.raw_upload(second, len(first), task_dir, 'build.log', overwrite=True)
report('upload_offsets', [up1['offset'], up2['offset']])
report('upload_sizes', [up1['size'], up2['size']])
report('upload_digests_match', [up1['hexdigest'], up2['hexdigest']] == [
    '%08x' % (zlib.adler32(first) & 0xffffffff), '%08x' % (zlib.adler32(second) & 0xffffffff)])
check = child.call('checkUpload', task_dir, 'build.log', verify='adler32')
report('checked', [check['size'], check['hexdigest'] == '%08x' % (zlib.adler32(first + second) & 0xffffffff)])
other_dir = 'tasks/%d/%d' % (other_task % 10000, other_task)
report('other_dir', fault_of(lambda: child.raw_upload(b'x', 0, other_dir, 'x.log', overwrite=True)))
report('escape', fault_of(lambda: child.raw_upload(b'x', 0, '../../etc', 'passwd', overwrite=True)))
result = xmlrpc.client.dumps(({'koji_builds': [1], 'repositories': ['registry/hello:1.0']},),
                             methodresponse=1, allow_none=1)
child.call('host.closeTask', task_id, result)
main.call('logoutChild', child.sinfo['session-id'])

anonymous = Session(url)
report('result', anonymous.call('getTaskResult', task_id))
report('output', anonymous.call('listTaskOutput', task_id))
report('log', base64.b64decode(anonymous.call('downloadTaskOutput', task_id, 'build.log', offset=len(first))))
report('state', anonymous.call('getTaskInfo', task_id)['state'])
report('user_host_call', fault_of(lambda: anonymous.call('host.getID')))

# shutdown as kojid does it
main.call('host.updateHost', 0.0, False)
main.call('logout')
