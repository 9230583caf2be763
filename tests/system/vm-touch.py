#!/usr/bin/python3
"""A touch screen inside the test's virtual PC: a uinput multi-touch device
(python3-evdev) that libinput takes as a touch screen, as a kiosk's panel is.

Run in the guest by tests/system/vm-test.py through the guest agent:
    vm-touch.py WIDTH HEIGHT tap X Y
    vm-touch.py WIDTH HEIGHT swipe X Y1 Y2 [SECONDS]
    vm-touch.py WIDTH HEIGHT hold X Y SECONDS
    vm-touch.py WIDTH HEIGHT two X1 Y1 X2 Y2
Coordinates are screen pixels; the device's axes are the screen's, so the
compositor maps them one to one. The device is made, used and removed by each
call (libinput takes a new device in well under a second; the call waits).
"""

import sys
import time

from evdev import AbsInfo, UInput, ecodes as e


def device(width, height):
    caps = {
        e.EV_KEY: [e.BTN_TOUCH],
        e.EV_ABS: [
            (e.ABS_X, AbsInfo(0, 0, width - 1, 0, 0, 4)),
            (e.ABS_Y, AbsInfo(0, 0, height - 1, 0, 0, 4)),
            (e.ABS_MT_SLOT, AbsInfo(0, 0, 9, 0, 0, 0)),
            (e.ABS_MT_TRACKING_ID, AbsInfo(0, 0, 65535, 0, 0, 0)),
            (e.ABS_MT_POSITION_X, AbsInfo(0, 0, width - 1, 0, 0, 4)),
            (e.ABS_MT_POSITION_Y, AbsInfo(0, 0, height - 1, 0, 0, 4)),
        ],
    }
    return UInput(caps, name='meldpunt-vm-test touch screen', input_props=[e.INPUT_PROP_DIRECT])


class Finger:
    next_id = 1

    def __init__(self, ui, slot):
        self.ui, self.slot = ui, slot

    def down(self, x, y):
        ui = self.ui
        ui.write(e.EV_ABS, e.ABS_MT_SLOT, self.slot)
        ui.write(e.EV_ABS, e.ABS_MT_TRACKING_ID, Finger.next_id)
        Finger.next_id += 1
        self.move(x, y, sync=False)

    def move(self, x, y, sync=True):
        ui = self.ui
        ui.write(e.EV_ABS, e.ABS_MT_SLOT, self.slot)
        ui.write(e.EV_ABS, e.ABS_MT_POSITION_X, int(x))
        ui.write(e.EV_ABS, e.ABS_MT_POSITION_Y, int(y))
        if self.slot == 0:
            ui.write(e.EV_ABS, e.ABS_X, int(x))
            ui.write(e.EV_ABS, e.ABS_Y, int(y))
        if sync:
            ui.syn()

    def up(self):
        self.ui.write(e.EV_ABS, e.ABS_MT_SLOT, self.slot)
        self.ui.write(e.EV_ABS, e.ABS_MT_TRACKING_ID, -1)


def main(argv):
    width, height, action = int(argv[1]), int(argv[2]), argv[3]
    numbers = [float(a) for a in argv[4:]]
    with device(width, height) as ui:
        time.sleep(2)  # libinput and the compositor take the new device
        one = Finger(ui, 0)
        if action in ('tap', 'hold'):
            x, y = numbers[0], numbers[1]
            one.down(x, y)
            ui.write(e.EV_KEY, e.BTN_TOUCH, 1)
            ui.syn()
            time.sleep(numbers[2] if action == 'hold' else 0.08)
            one.up()
            ui.write(e.EV_KEY, e.BTN_TOUCH, 0)
            ui.syn()
        elif action == 'swipe':
            x, y1, y2 = numbers[0], numbers[1], numbers[2]
            seconds = numbers[3] if len(numbers) > 3 else 0.6
            steps = 30
            one.down(x, y1)
            ui.write(e.EV_KEY, e.BTN_TOUCH, 1)
            ui.syn()
            for i in range(1, steps + 1):
                time.sleep(seconds / steps)
                one.move(x, y1 + (y2 - y1) * i / steps)
            time.sleep(0.3)  # held still at the end: a drag, not a flick
            one.up()
            ui.write(e.EV_KEY, e.BTN_TOUCH, 0)
            ui.syn()
        elif action == 'two':
            two = Finger(ui, 1)
            one.down(numbers[0], numbers[1])
            two.down(numbers[2], numbers[3])
            ui.write(e.EV_KEY, e.BTN_TOUCH, 1)
            ui.syn()
            time.sleep(0.3)
            one.up()
            two.up()
            ui.write(e.EV_KEY, e.BTN_TOUCH, 0)
            ui.syn()
        else:
            print(f'unknown action {action}', file=sys.stderr)
            return 2
        time.sleep(0.5)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
