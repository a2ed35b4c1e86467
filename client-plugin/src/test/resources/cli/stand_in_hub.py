#!/usr/bin/env python3
"""A stand-in Koji hub for the client tests, on Python's xmlrpc.server.

Usage: stand_in_hub.py RECORD_FILE SCENARIO

Every request is appended to RECORD_FILE as one JSON line: method, params (as decoded, the __starstar struct
included) and the session headers. SCENARIO picks the answers: success, failure, no-target, no-tag, locked.
Prints LISTENING <port> once it accepts connections.
"""
import json
import sys
import xmlrpc.client
from xmlrpc.client import Fault
from xmlrpc.server import SimpleXMLRPCRequestHandler, SimpleXMLRPCServer

RECORD_FILE, SCENARIO = sys.argv[1], sys.argv[2]
TASK_ID = 4242
STATE = {'polls': 0}
TARGET = {'id': 1, 'name': 'tgt', 'build_tag': 10, 'build_tag_name': 'tgt-build', 'dest_tag': 11,
          'dest_tag_name': 'tgt-candidate'}


def record(handler, method, params):
    headers = handler.headers
    entry = {'method': method, 'params': params,
             'session_id': headers.get('Koji-Session-Id'),
             'session_key': headers.get('Koji-Session-Key'),
             'callnum': headers.get('Koji-Session-Callnum')}
    with open(RECORD_FILE, 'a') as out:
        out.write(json.dumps(entry) + '\n')


def task_info():
    STATE['polls'] += 1
    state = 1 if STATE['polls'] == 1 else (5 if SCENARIO == 'failure' else 2)
    return {'id': TASK_ID, 'state': state, 'method': 'buildContainer', 'arch': 'noarch', 'host_id': 7,
            'parent': None, 'owner': 1, 'priority': 20, 'request': []}


def answer(method, params):
    if method == 'login':
        return {'session-id': 107, 'session-key': '107-key', 'header-auth': True}
    if method == 'getAPIVersion':
        return 1
    if method == 'getLoggedInUser':
        return {'id': 1, 'name': 'alice', 'status': 0, 'usertype': 0, 'authtype': 0}
    if method == 'getBuildTarget':
        return None if SCENARIO == 'no-target' else TARGET
    if method == 'getTag':
        if SCENARIO == 'no-tag':
            return None
        return {'id': 11, 'name': 'tgt-candidate', 'locked': SCENARIO == 'locked', 'arches': None}
    if method in ('buildContainer', 'buildSourceContainer'):
        return TASK_ID
    if method == 'logout':
        return None
    if method == 'getTaskInfo':
        return task_info()
    if method == 'getHost':
        return {'id': 7, 'name': 'builder1.example.com'}
    if method == 'getTaskChildren':
        return []
    if method == 'getTaskResult':
        if SCENARIO == 'failure':
            raise Fault(2001, 'image build failed: exit status 1')
        return {'repositories': ['registry.example.com/ns/app:1.0-1', 'registry.example.com/ns/app:latest'],
                'koji_builds': ['101']}
    raise Fault(1000, 'Invalid method: %s' % method)


class Handler(SimpleXMLRPCRequestHandler):
    rpc_paths = ('/kojihub',)

    def do_POST(self):
        length = int(self.headers['Content-Length'])
        body = self.rfile.read(length)
        params, method = xmlrpc.client.loads(body, use_builtin_types=True)
        record(self, method, list(params))
        try:
            response = xmlrpc.client.dumps((answer(method, params),), methodresponse=True, allow_none=True)
        except Fault as fault:
            response = xmlrpc.client.dumps(fault, allow_none=True)
        data = response.encode('utf-8')
        self.send_response(200)
        self.send_header('Content-Type', 'text/xml')
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


server = SimpleXMLRPCServer(('127.0.0.1', 0), requestHandler=Handler, allow_none=True, logRequests=False)
print('LISTENING %d' % server.server_address[1], flush=True)
server.serve_forever()
