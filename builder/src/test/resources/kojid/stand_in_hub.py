#!/usr/bin/env python3
"""A stand-in Koji hub for the builder daemon's tests, in stdlib Python.

It implements the subset of Koji's hub that kojid uses, the way Koji behaves:
  * sessions: login/logout, subsession/logoutChild, exclusiveSession(force), getSessionInfo; the
    Koji-Session-Id/-Key/-Callnum headers are checked on every call (1002 for an unknown session, 1008 for a
    call number that went back, 1009 for a repeated one outside Koji's retry list); host.* calls need the host
    user in an exclusive session (or a subsession of one);
  * keyword arguments as Koji's __starstar struct, and Python's argument binding errors as ParameterError 1019;
  * the host API: getID, getHost, updateHost, getHostTasks, getTasks (assigning free tasks to a ready host
    like the 1.34 scheduler), openTask, setTaskWeight, refuseTask, freeTasks, closeTask, failTask (the
    documents parsed with xmlrpc.client.loads, as Koji does);
  * getTaskInfo(id, request=False) anonymously; checkUpload(path, name, verify='adler32');
  * raw uploads: a POST with Content-Type application/octet-stream and filename/filepath/fileverify/offset
    [/overwrite] in the query, written at the offset after truncating there, answered with
    {size, fileverify, offset, hexdigest} where hexdigest is the chunk's adler32 as 8 hex digits; only the
    host that has the task open may write under tasks/<id % 10000>/<id>.

Options: --port N (0: any free port), --state FILE (tasks survive a restart; sessions do not, as with a hub
that lost them, unless --keep-sessions, as with a hub that keeps them in its database), --workdir DIR
(uploaded files), --long-poll (host.getTasks accepts wait_seconds=N and waits for work; without it the
keyword is refused as by real Koji).

Test control calls, anonymous: test.createTask(method, params), test.cancelTask(id), test.openForHost(id),
test.task(id), test.calls(), test.uploads(), test.file(path, name), test.spoilNextUploads(n).

Prints LISTENING <port> once it accepts connections.
"""
import argparse
import inspect
import json
import os
import secrets
import sys
import threading
import time
import traceback
import urllib.parse
import xmlrpc.client
import zlib
from socketserver import ThreadingMixIn
from xmlrpc.client import Fault
from xmlrpc.server import SimpleXMLRPCRequestHandler, SimpleXMLRPCServer

FREE, OPEN, CLOSED, CANCELED, ASSIGNED, FAILED = 0, 1, 2, 3, 4, 5
HOST_USER, PASSWORD, USER_ID, HOST_ID = 'kojibuilder', 'secret', 3, 7
RETRYABLE = {'host.taskWait', 'host.taskUnwait', 'host.taskSetWait', 'host.updateHost',
             'host.setBuildRootState', 'repoExpire', 'repoDelete', 'repoProblem'}

LOCK = threading.Condition()
CONTEXT = threading.local()
OPTIONS = None
STATE = {'tasks': {}, 'next_id': 1000}
SESSIONS = {}
NEXT_SESSION = [int(time.time() * 1000) % 100000 * 10]
CALLS = []
UPLOADS = []
HOST = {'ready': False, 'task_load': 0.0, 'data': None, 'spoil_uploads': 0}


def save():
    if OPTIONS.state:
        if OPTIONS.keep_sessions:
            STATE['sessions'] = SESSIONS
            STATE['next_session'] = NEXT_SESSION[0]
        tmp = OPTIONS.state + '.tmp'
        with open(tmp, 'w') as out:
            json.dump(STATE, out)
        os.replace(tmp, OPTIONS.state)


def load():
    if OPTIONS.state and os.path.exists(OPTIONS.state):
        with open(OPTIONS.state) as src:
            loaded = json.load(src)
        STATE['next_id'] = loaded['next_id']
        STATE['tasks'] = {int(k): v for k, v in loaded['tasks'].items()}
        if OPTIONS.keep_sessions and 'sessions' in loaded:
            SESSIONS.update({int(k): v for k, v in loaded['sessions'].items()})
            NEXT_SESSION[0] = loaded['next_session']


def task_row(task, request=False):
    row = {k: task[k] for k in ('id', 'state', 'method', 'host_id', 'weight', 'arch', 'priority', 'channel_id',
                                'parent', 'label', 'waiting', 'awaited', 'owner', 'create_ts')}
    if request:
        row['request'] = list(xmlrpc.client.loads(task['request'])[0])
    return row


def get_task(task_id):
    task = STATE['tasks'].get(int(task_id))
    if task is None:
        raise Fault(1000, 'No such task: %s' % task_id)
    return task


def require_owner(task):
    if task['state'] != OPEN or task['host_id'] != HOST_ID:
        raise Fault(1004, 'host %d does not own task %d' % (HOST_ID, task['id']))


def new_session(user, master=None):
    NEXT_SESSION[0] += 1
    sid = NEXT_SESSION[0]
    SESSIONS[sid] = {'id': sid, 'key': '%d-%s' % (USER_ID, secrets.token_hex(8)), 'user': user,
                     'exclusive': False, 'master': master, 'callnum': None}
    return {'session-id': sid, 'session-key': SESSIONS[sid]['key'], 'header-auth': True}


def current_session(method):
    headers = CONTEXT.headers
    sid = headers.get('Koji-Session-Id')
    if sid is None:
        return None
    session = SESSIONS.get(int(sid))
    if session is None or session['key'] != headers.get('Koji-Session-Key'):
        raise Fault(1002, 'Invalid session or bad credentials')
    callnum = headers.get('Koji-Session-Callnum')
    if callnum is not None and method != 'login':
        number, last = int(callnum), session['callnum']
        if last is not None and number < last:
            raise Fault(1008, '%d > %d (session %d)' % (last, number, session['id']))
        if last is not None and number == last and method not in RETRYABLE:
            raise Fault(1009, 'unable to retry call %d (method %s) for session %d' % (number, method, session['id']))
        session['callnum'] = number
    return session


def require_host(session):
    if session is None or session['user'] != HOST_USER:
        raise Fault(1002, 'User is not a host')
    top = SESSIONS.get(session['master']) if session['master'] else session
    if top is None or not top['exclusive']:
        raise Fault(1002, 'This method requires an exclusive session')


# --- sessions ---------------------------------------------------------------------------------------------

def login(session, username, password, opts=None, renew=False, exclusive=False):
    if username != HOST_USER or password != PASSWORD:
        raise Fault(1002, 'invalid username or password')
    return new_session(username)


def logout(session, session_id=None):
    if session is not None:
        for sid in [s for s, info in SESSIONS.items() if s == session['id'] or info['master'] == session['id']]:
            del SESSIONS[sid]
    return None


def exclusiveSession(session, force=False):
    if session is None:
        raise Fault(1002, 'Not logged in')
    for other in list(SESSIONS.values()):
        if other['id'] != session['id'] and other['user'] == session['user'] and other['exclusive']:
            if not force:
                raise Fault(1006, 'Cannot get exclusive session')
            del SESSIONS[other['id']]
    session['exclusive'] = True
    return None


def echo(session, *args):
    return list(args)


def getSessionInfo(session, details=False, user_id=None):
    if session is None:
        raise Fault(1002, 'Not logged in')
    return {'id': session['id'], 'user_id': USER_ID, 'exclusive': session['exclusive'] or None,
            'master': session['master'], 'callnum': session['callnum'], 'start_ts': time.time()}


def subsession(session):
    if session is None:
        raise Fault(1002, 'Not logged in')
    return new_session(session['user'], master=session['master'] or session['id'])


def logoutChild(session, session_id):
    child = SESSIONS.get(int(session_id))
    if child is None or child['master'] != session['id']:
        raise Fault(1000, 'session %s is not a subsession of this one' % session_id)
    del SESSIONS[int(session_id)]
    return None


# --- tasks, anonymous -------------------------------------------------------------------------------------

def getTaskInfo(session, task_id, request=False, strict=False):
    task = STATE['tasks'].get(int(task_id))
    if task is None:
        if strict:
            raise Fault(1000, 'No such task: %s' % task_id)
        return None
    return task_row(task, request)


def checkUpload(session, path, name, verify=None, tail=None, volume=None):
    fn = os.path.join(OPTIONS.workdir, path, name)
    if not os.path.exists(fn):
        return None
    with open(fn, 'rb') as src:
        data = src.read()
    result = {'size': len(data), 'mtime': os.path.getmtime(fn)}
    if verify == 'adler32':
        result['sumlength'] = len(data)
        result['hexdigest'] = '%08x' % (zlib.adler32(data) & 0xffffffff)
    return result


# --- the host API -----------------------------------------------------------------------------------------

def host_getID(session):
    require_host(session)
    return HOST_ID


def host_getHost(session):
    require_host(session)
    return {'id': HOST_ID, 'user_id': USER_ID, 'name': HOST_USER, 'enabled': True, 'capacity': 10.0,
            'ready': HOST['ready'], 'task_load': HOST['task_load'], 'arches': 'x86_64', 'comment': None,
            'description': None, 'update_ts': time.time()}


def host_updateHost(session, task_load, ready, data=None):
    require_host(session)
    HOST['task_load'], HOST['ready'], HOST['data'] = task_load, ready, data
    return None


def host_getHostTasks(session):
    require_host(session)
    return [{'id': t['id'], 'waiting': False, 'weight': t['weight']} for t in STATE['tasks'].values()
            if t['state'] == OPEN and t['host_id'] == HOST_ID]


def schedule():
    if not HOST['ready']:
        return
    for task in STATE['tasks'].values():
        if task['state'] == FREE and HOST_ID not in task['refused_by']:
            task['state'], task['host_id'] = ASSIGNED, HOST_ID


def assigned():
    return [task_row(t) for t in STATE['tasks'].values() if t['state'] == ASSIGNED and t['host_id'] == HOST_ID]


def host_getTasks(session, **kwargs):
    require_host(session)
    unexpected = [k for k in kwargs if not (OPTIONS.long_poll and k == 'wait_seconds')]
    if unexpected:
        raise Fault(1019, "getTasks() got an unexpected keyword argument '%s'" % unexpected[0])
    schedule()
    deadline = time.time() + float(kwargs.get('wait_seconds') or 0)
    while not assigned() and time.time() < deadline:
        LOCK.wait(deadline - time.time())
        schedule()
    return assigned()


def host_openTask(session, task_id):
    require_host(session)
    task = get_task(task_id)
    if task['state'] == FREE or (task['state'] == ASSIGNED and task['host_id'] == HOST_ID):
        task['state'], task['host_id'] = OPEN, HOST_ID
        row = task_row(task)
        row['request'] = task['request']
        return row
    return None


def host_setTaskWeight(session, task_id, weight):
    require_host(session)
    require_owner(get_task(task_id))
    get_task(task_id)['weight'] = weight
    return None


def host_refuseTask(session, task_id, soft=True, msg=''):
    require_host(session)
    task = get_task(task_id)
    if task['host_id'] != HOST_ID:
        return None
    task['refusals'].append({'soft': soft, 'msg': msg})
    task['refused_by'].append(HOST_ID)
    task['state'], task['host_id'] = FREE, None
    return None


def host_freeTasks(session, tasks):
    require_host(session)
    for task_id in tasks:
        task = get_task(task_id)
        if task['state'] == OPEN and task['host_id'] == HOST_ID:
            task['state'], task['host_id'] = FREE, None
            task['freed'] += 1
    return None


def finish(task_id, document, state):
    task = get_task(task_id)
    require_owner(task)
    if not document[:10].lstrip().startswith('<?xml'):
        raise Fault(1000, 'task result is not an XML document')
    task['document'] = document
    try:
        task['result'] = xmlrpc.client.loads(document)[0][0]
    except Fault as fault:
        task['fault'] = {'faultCode': fault.faultCode, 'faultString': fault.faultString}
    task['state'] = state
    return None


def host_closeTask(session, task_id, response):
    require_host(session)
    return finish(task_id, response, CLOSED)


def host_failTask(session, task_id, response):
    require_host(session)
    return finish(task_id, response, FAILED)


# --- test control -----------------------------------------------------------------------------------------

def test_createTask(session, method, params):
    STATE['next_id'] += 1
    task_id = STATE['next_id']
    STATE['tasks'][task_id] = {
        'id': task_id, 'state': FREE, 'method': method, 'host_id': None, 'weight': 1.0, 'arch': 'noarch',
        'priority': 20, 'channel_id': 1, 'parent': None, 'label': None, 'waiting': None, 'awaited': None,
        'owner': 1, 'create_ts': time.time(),
        'request': xmlrpc.client.dumps(tuple(params), methodname=method, allow_none=True),
        'refusals': [], 'refused_by': [], 'freed': 0}
    LOCK.notify_all()
    return task_id


def test_cancelTask(session, task_id):
    get_task(task_id)['state'] = CANCELED
    return None


def test_openForHost(session, task_id):
    task = get_task(task_id)
    task['state'], task['host_id'] = OPEN, HOST_ID
    return None


def test_task(session, task_id):
    task = dict(get_task(task_id))
    task.pop('refused_by')
    return task


def test_calls(session):
    return CALLS


def test_uploads(session):
    return UPLOADS


def test_file(session, path, name):
    fn = os.path.join(OPTIONS.workdir, path, name)
    if not os.path.exists(fn):
        return None
    with open(fn, 'rb') as src:
        return xmlrpc.client.Binary(src.read())


def test_spoilNextUploads(session, count):
    HOST['spoil_uploads'] = count
    return None


METHODS = {name.replace('host_', 'host.', 1).replace('test_', 'test.', 1): function
           for name, function in list(globals().items())
           if inspect.isfunction(function) and function.__module__ == '__main__'
           and (name.startswith(('host_', 'test_')) or name in (
               'login', 'logout', 'exclusiveSession', 'echo', 'getSessionInfo', 'subsession', 'logoutChild',
               'getTaskInfo', 'checkUpload'))}


def decode_args(params):
    """koji.decode_args"""
    if params and isinstance(params[-1], dict) and params[-1].get('__starstar'):
        kwargs = dict(params[-1])
        del kwargs['__starstar']
        return list(params[:-1]), kwargs
    return list(params), {}


def record(method, session, args, kwargs):
    if not method.startswith('test.'):
        CALLS.append({'method': method, 'session': session['id'] if session else None,
                      'callnum': session['callnum'] if session else None, 'args': args, 'kwargs': kwargs})


class Dispatcher:
    def _dispatch(self, method, params):
        function = METHODS.get(method)
        if function is None:
            raise Fault(1000, 'Invalid method: %s' % method)
        args, kwargs = decode_args(params)
        with LOCK:
            session = None if method.startswith('test.') else current_session(method)
            record(method, session, args, kwargs)
            try:
                inspect.signature(function).bind(session, *args, **kwargs)
            except TypeError as error:
                raise Fault(1019, '%s() %s' % (method.split('.')[-1], error))
            try:
                return function(session, *args, **kwargs)
            finally:
                save()


class Handler(SimpleXMLRPCRequestHandler):
    rpc_paths = ('/kojihub',)

    def do_POST(self):
        CONTEXT.headers = self.headers
        if self.headers.get('Content-Type') == 'application/octet-stream':
            self.raw_upload()
        else:
            super().do_POST()

    def raw_upload(self):
        query = {k: v[0] for k, v in urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query).items()}
        data = self.rfile.read(int(self.headers.get('Content-Length', '0')))
        try:
            with LOCK:
                session = current_session('rawUpload')
                record('rawUpload', session, [query.get('filepath'), query.get('filename')], query)
                answer = (self.write_chunk(session, query, data),)
        except Fault as fault:
            answer = fault
        body = xmlrpc.client.dumps(answer, methodresponse=True, allow_none=True).encode('utf-8')
        self.send_response(200)
        self.send_header('Content-Type', 'text/xml')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    @staticmethod
    def write_chunk(session, query, data):
        if session is None:
            raise Fault(1004, 'you must be logged in to upload')
        path, name, offset = query['filepath'], query['filename'], int(query['offset'])
        if '/' in name or name.startswith('.') or '..' in path.split('/'):
            raise Fault(1000, 'invalid upload path %s/%s' % (path, name))
        parts = path.split('/')
        if len(parts) != 3 or parts[0] != 'tasks' or int(parts[2]) % 10000 != int(parts[1]):
            raise Fault(1000, 'uploads go to a task directory here, not %s' % path)
        require_owner(get_task(int(parts[2])))
        digest = '%08x' % (zlib.adler32(data) & 0xffffffff)
        if HOST['spoil_uploads'] > 0:
            HOST['spoil_uploads'] -= 1
            UPLOADS.append({'path': path, 'name': name, 'offset': offset, 'size': len(data), 'hexdigest': digest,
                            'spoiled': True})
            return {'size': len(data), 'fileverify': 'adler32', 'offset': offset, 'hexdigest': 'ffffffff'}
        directory = os.path.join(OPTIONS.workdir, path)
        os.makedirs(directory, exist_ok=True)
        fn = os.path.join(directory, name)
        if offset == 0 and os.path.exists(fn) and query.get('overwrite') != '1':
            raise Fault(1000, 'upload path exists: %s' % fn)
        with open(fn, 'r+b' if os.path.exists(fn) else 'w+b') as out:
            if offset == -1:
                out.seek(0, 2)
            else:
                out.truncate(offset)
                out.seek(offset)
            out.write(data)
        UPLOADS.append({'path': path, 'name': name, 'offset': offset, 'size': len(data), 'hexdigest': digest,
                        'spoiled': False})
        return {'size': len(data), 'fileverify': 'adler32', 'offset': offset, 'hexdigest': digest}

    def log_message(self, format, *args):
        pass


class Server(ThreadingMixIn, SimpleXMLRPCServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    global OPTIONS
    parser = argparse.ArgumentParser()
    parser.add_argument('--port', type=int, default=0)
    parser.add_argument('--state')
    parser.add_argument('--workdir', required=True)
    parser.add_argument('--long-poll', action='store_true')
    parser.add_argument('--keep-sessions', action='store_true')
    OPTIONS = parser.parse_args()
    load()
    server = Server(('127.0.0.1', OPTIONS.port), requestHandler=Handler, allow_none=True, logRequests=False)
    server.register_instance(Dispatcher())
    print('LISTENING %d' % server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except Exception:
        traceback.print_exc(file=sys.stderr)


if __name__ == '__main__':
    main()
