"""ML2 mechanism driver for the local test cloud: binds every port, no agent needed.

There is no L2 agent in the local cloud, so no shipped mechanism driver would bind a
port and Nova would fail the boot with PortBindingFailed. This driver binds any port
on the first segment offered, as an OVS port, and marks it ACTIVE.
"""
from neutron_lib.api.definitions import portbindings
from neutron_lib import constants
from neutron_lib.plugins.ml2 import api


class BindAllMechanismDriver(api.MechanismDriver):

    def initialize(self):
        pass

    @property
    def connectivity(self):
        return portbindings.CONNECTIVITY_L2

    def bind_port(self, context):
        for segment in context.segments_to_bind:
            context.set_binding(
                segment[api.ID], portbindings.VIF_TYPE_OVS,
                {portbindings.CAP_PORT_FILTER: True,
                 portbindings.OVS_HYBRID_PLUG: False},
                status=constants.PORT_STATUS_ACTIVE)
            return
