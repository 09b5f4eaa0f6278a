<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App::Headless</name>
    <message>
        <location filename="../app/headless.cpp" line="+66"/>
        <source>Unknown audit &quot;%1&quot;; known: %2</source>
        <translation>未知的审计对象“%1”；可用的有：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown resource &quot;%1&quot;; known: %2</source>
        <translation>未知的资源“%1”；可用的有：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>warning: TLS certificates are not verified for cloud &quot;%1&quot;
</source>
        <translation>警告：云“%1”的 TLS 证书未经验证
</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 项发现</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App::Options</name>
    <message>
        <location filename="../app/options.cpp" line="+25"/>
        <source>StackDeck: a desktop console for OpenStack + Ceph + KVM clouds.

Without a command it opens the window. Commands:
  export RESOURCE   print what a tab shows, as CSV or JSON
  clouds            list the configured clouds (exit 3 when there are none)
  audit SUBJECT     print what needs an operator&apos;s look (security-groups); exit 3 when anything is flagged

Resources: projects, catalog (more as tabs are built).
Clouds are read from clouds.yaml / secure.yaml and OS_* variables, as the openstack command does.

Exit status: 0 success, 1 the cloud refused or failed, 2 bad usage or configuration.</source>
        <translation>StackDeck：面向 OpenStack + Ceph + KVM 云的桌面控制台。

不带命令时打开主窗口。命令：
  export RESOURCE   以 CSV 或 JSON 输出某个标签页显示的内容
  clouds            列出已配置的云（没有任何云时退出码为 3）
  audit SUBJECT     输出需要运维人员关注的内容（security-groups）；有任何标记项时退出码为 3

资源：projects、catalog（更多资源随标签页陆续加入）。
与 openstack 命令一样，从 clouds.yaml / secure.yaml 和 OS_* 环境变量读取云配置。

退出状态：0 成功，1 云拒绝了请求或请求失败，2 用法或配置错误。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cloud of clouds.yaml to use (default: OS_CLOUD).</source>
        <translation>要使用的 clouds.yaml 中的云（默认：OS_CLOUD）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The region to use.</source>
        <translation>要使用的区域。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open on this tab: projects, instances, volumes, topology, security, aggregates, hypervisors, ceph.</source>
        <translation>启动时打开此标签页：projects、instances、volumes、topology、security、aggregates、hypervisors、ceph。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>标签页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the tab, save a PNG of the window to FILE and exit.</source>
        <translation>加载标签页，将窗口截图保存为 PNG 文件 FILE 后退出。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export: csv (default) or json.</source>
        <translation>export：csv（默认）或 json。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: resources of every project (admin).</source>
        <translation>export：所有项目的资源（管理员）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export cross-layer: only what disagrees.</source>
        <translation>export cross-layer：只输出不一致的条目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[command]</source>
        <translation>[命令]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to export.</source>
        <translation>要导出的内容。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[resource]</source>
        <translation>[资源]</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Unknown command &quot;%1&quot;; the commands are: export, audit, clouds</source>
        <translation>未知命令“%1”；可用命令：export、audit、clouds</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: stackdeck [--os-cloud NAME] export RESOURCE [--all-projects] [--format csv|json]</source>
        <translation>用法：stackdeck [--os-cloud NAME] export RESOURCE [--all-projects] [--format csv|json]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown format &quot;%1&quot;; use csv or json</source>
        <translation>未知格式“%1”；请使用 csv 或 json</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--screenshot needs a file name ending in .png</source>
        <translation>--screenshot 需要一个以 .png 结尾的文件名</translation>
    </message>
</context>
<context>
    <name>Ceph::CephLibrary</name>
    <message>
        <location filename="../src/ceph/cephlibrary.cpp" line="+14"/>
        <source>load Ceph&apos;s client libraries</source>
        <translation>加载 Ceph 客户端库</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no function %2: it is too old or not Ceph&apos;s. Install the packages librados2 and librbd1 in a newer version.</source>
        <translation>%1 中没有函数 %2：该库版本过旧或并非 Ceph 的库。请安装较新版本的 librados2 和 librbd1 软件包。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not be loaded (%2). Install the packages librados2 and librbd1 to use Ceph.</source>
        <translation>无法加载 %1（%2）。请安装 librados2 和 librbd1 软件包以使用 Ceph。</translation>
    </message>
</context>
<context>
    <name>Ceph::ClusterSettingsStore</name>
    <message>
        <location filename="../src/ceph/clustersettingsstore.cpp" line="+121"/>
        <source>read the Ceph key of client.%1 from the keychain</source>
        <translation>从密钥链读取 client.%1 的 Ceph 密钥</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no keychain is available to this window</source>
        <translation>此窗口没有可用的密钥链</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the keychain holds no key for this cloud; paste it again in the Ceph connection settings</source>
        <translation>密钥链中没有此云的密钥；请在 Ceph 连接设置中重新粘贴</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the system keychain is unavailable (%1); the pasted key cannot be used and is not kept anywhere else</source>
        <translation>系统密钥链不可用（%1）；粘贴的密钥无法使用，也不会保存到其他任何地方</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>your settings for this cloud</source>
        <translation>您为此云所做的设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clouds.yaml (the cloud&apos;s stackdeck: key)</source>
        <translation>clouds.yaml（该云的 stackdeck: 键）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>librados defaults (CEPH_CONF or /etc/ceph/ceph.conf)</source>
        <translation>librados 默认值（CEPH_CONF 或 /etc/ceph/ceph.conf）</translation>
    </message>
</context>
<context>
    <name>Ceph::RadosCluster</name>
    <message numerus="yes">
        <location filename="../src/ceph/cluster.cpp" line="+17"/>
        <source>no answer from the Ceph cluster within %n second(s)</source>
        <translation>
            <numerusform>Ceph 集群在 %n 秒内没有应答</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>read cluster health</source>
        <translation>读取集群健康状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list pools</source>
        <translation>列出存储池</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list RBD images in %1</source>
        <translation>列出 %1 中的 RBD 映像</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>read RBD image %1/%2</source>
        <translation>读取 RBD 映像 %1/%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list the RBD trash of %1</source>
        <translation>列出 %1 的 RBD 回收站</translation>
    </message>
</context>
<context>
    <name>Charts::ComparisonChart</name>
    <message>
        <location filename="../ui/charts/comparisonchart.cpp" line="+43"/>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used (%1)</source>
        <translation>已使用（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining quota</source>
        <translation>剩余配额</translation>
    </message>
</context>
<context>
    <name>Charts::UsageChart</name>
    <message>
        <location filename="../ui/charts/usagechart.cpp" line="+51"/>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2 used, no limit</source>
        <translation>已使用 %1 %2，无限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 %3</source>
        <translation>%1 / %2 %3</translation>
    </message>
</context>
<context>
    <name>Core::Format</name>
    <message>
        <location filename="../src/core/format.cpp" line="+25"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n 周</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location line="+4"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location line="+4"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location line="+3"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
</context>
<context>
    <name>Libvirt::Connection</name>
    <message numerus="yes">
        <location filename="../src/libvirt/connection.cpp" line="+83"/>
        <source>no answer from libvirt within %n second(s); the connection was given up</source>
        <translation>
            <numerusform>libvirt 在 %n 秒内没有响应，已放弃该连接</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>list domains</source>
        <translation>列出域</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>collect domain statistics</source>
        <translation>收集域统计信息</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>read host information</source>
        <translation>读取主机信息</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>change domain state</source>
        <translation>更改域状态</translation>
    </message>
</context>
<context>
    <name>Libvirt::LibvirtLibrary</name>
    <message>
        <location filename="../src/libvirt/libvirtlibrary.cpp" line="+14"/>
        <source>load the libvirt library</source>
        <translation>加载 libvirt 库</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no function %2: it is too old or not libvirt&apos;s. Install the package libvirt0 in a newer version.</source>
        <translation>%1 中没有函数 %2：该库版本过旧或并非 libvirt 的库。请安装较新版本的 libvirt0 软件包。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 could not be loaded (%2). Install the package libvirt0 to use hypervisors.</source>
        <translation>无法加载 %1（%2）。请安装 libvirt0 软件包以使用虚拟机管理器。</translation>
    </message>
</context>
<context>
    <name>Models::AggregateListModel</name>
    <message>
        <location filename="../src/models/hosts/aggregatelistmodel.cpp" line="+43"/>
        <source>Placement has no resource provider for: %1</source>
        <translation>Placement 中没有以下主机的资源提供者：%1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability Zone</source>
        <translation>可用域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
</context>
<context>
    <name>Models::AuditFindingsModel</name>
    <message>
        <location filename="../src/models/network/auditfindingsmodel.cpp" line="+38"/>
        <source>members of %1</source>
        <translation>%1 的成员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any address</source>
        <translation>任何地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ingress %1 %2 %3 from %4</source>
        <translation>入口 %1 %2 %3，来自 %4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>egress %1 %2 %3 to %4</source>
        <translation>出口 %1 %2 %3，去往 %4</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security Group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security Group ID</source>
        <translation>安全组 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule ID</source>
        <translation>规则 ID</translation>
    </message>
</context>
<context>
    <name>Models::BackupListModel</name>
    <message>
        <location filename="../src/models/blockstorage/backuplistmodel.cpp" line="+40"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume Name</source>
        <translation>云硬盘名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incremental</source>
        <translation>增量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability Zone</source>
        <translation>可用域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>Models::CapacityColumns</name>
    <message>
        <location filename="../src/models/hosts/capacitycolumns.cpp" line="+69"/>
        <source>vCPUs Used</source>
        <translation>已用 vCPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RAM Used (MiB)</source>
        <translation>已用内存 (MiB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RAM (MiB)</source>
        <translation>内存 (MiB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk Used (GiB)</source>
        <translation>已用磁盘 (GiB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk (GiB)</source>
        <translation>磁盘 (GiB)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 used of %3 (total %4, reserved %5, allocation ratio %6)</source>
        <translation>%1：已使用 %2，共 %3（总量 %4，预留 %5，超分比 %6）</translation>
    </message>
</context>
<context>
    <name>Models::CatalogModel</name>
    <message>
        <location filename="../src/models/catalogmodel.cpp" line="+64"/>
        <source>Service Type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service Name</source>
        <translation>服务名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>Models::CrossLayerModel</name>
    <message>
        <location filename="../src/models/ceph/crosslayermodel.cpp" line="+59"/>
        <source>No Cinder volume, Glance image or Nova instance owns this RBD image</source>
        <translation>此 RBD 映像不属于任何 Cinder 云硬盘、Glance 镜像或 Nova 云主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The RBD image behind it does not exist</source>
        <translation>其背后的 RBD 映像不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cinder says in-use, but nobody has the RBD image open</source>
        <translation>Cinder 显示为正在使用，但没有任何客户端打开该 RBD 映像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instance&apos;s libvirt domain has no such disk</source>
        <translation>该云主机的 libvirt 域中没有这块磁盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No libvirt domain for this instance on its host</source>
        <translation>该云主机所在的主机上没有它的 libvirt 域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A libvirt domain Nova does not know</source>
        <translation>Nova 不知道的 libvirt 域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nova&apos;s status and the domain&apos;s state disagree</source>
        <translation>Nova 的状态与域的状态不一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A domain uses the volume, but Cinder does not list it as attached there</source>
        <translation>有域在使用该云硬盘，但 Cinder 并未将其列为连接到该处</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Volume</source>
        <translation>云硬盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Glance 镜像</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Instance</source>
        <translation>云主机</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+48"/>
        <source>Domain</source>
        <translation>libvirt 域</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Orphan</source>
        <translation>孤立</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RBD Image</source>
        <translation>RBD 映像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watchers</source>
        <translation>监视者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disagreements</source>
        <translation>不一致项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance ID</source>
        <translation>云主机 ID</translation>
    </message>
</context>
<context>
    <name>Models::DomainListModel</name>
    <message>
        <location filename="../src/models/ceph/domainlistmodel.cpp" line="+75"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance</source>
        <translation>云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disks</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interfaces</source>
        <translation>网卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flavor</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
</context>
<context>
    <name>Models::HostDomainModel</name>
    <message>
        <location filename="../src/models/hosts/hostdomainmodel.cpp" line="+47"/>
        <source>Domain unknown to Nova</source>
        <translation>Nova 不知道此域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No domain for this instance</source>
        <translation>此云主机没有对应的域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>States disagree</source>
        <translation>状态不一致</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no domain)</source>
        <translation>（无域）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not in Nova)</source>
        <translation>（不在 Nova 中）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Domain</source>
        <translation>域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance</source>
        <translation>云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain State</source>
        <translation>域状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nova Status</source>
        <translation>Nova 状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drift</source>
        <translation>偏差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disks</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interfaces</source>
        <translation>网卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
</context>
<context>
    <name>Models::HypervisorListModel</name>
    <message>
        <location filename="../src/models/hosts/hypervisorlistmodel.cpp" line="+30"/>
        <source>Placement has no resource provider named %1</source>
        <translation>Placement 中没有名为 %1 的资源提供者</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Up</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Hypervisor Hostname</source>
        <translation>虚拟机管理器主机名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone</source>
        <translation>可用域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aggregates</source>
        <translation>主机聚合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>运行状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>启用状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled Reason</source>
        <translation>禁用原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instances</source>
        <translation>云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host IP</source>
        <translation>主机 IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>Models::LaunchChoices</name>
    <message>
        <location filename="../src/models/compute/launchchoices.cpp" line="+22"/>
        <source>Flavor %1 has a %2 GB disk; image %3 needs at least %4 GB</source>
        <translation>配置 %1 的磁盘为 %2 GB；镜像 %3 至少需要 %4 GB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flavor %1 has %2 RAM; image %3 needs at least %4</source>
        <translation>配置 %1 的内存为 %2；镜像 %3 至少需要 %4</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>The project&apos;s quota leaves room for %n more instance(s) of flavor %1</source>
        <translation>
            <numerusform>项目配额只够再创建 %n 个配置为 %1 的云主机</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a name for the instance</source>
        <translation>请输入云主机名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is longer than 255 characters</source>
        <translation>名称超过 255 个字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name starts or ends with a space</source>
        <translation>名称以空格开头或结尾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name contains control characters</source>
        <translation>名称包含控制字符</translation>
    </message>
</context>
<context>
    <name>Models::LibvirtUris</name>
    <message>
        <location filename="../src/models/hosts/libvirturis.cpp" line="+56"/>
        <source>The URI must not be empty</source>
        <translation>URI 不能为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a libvirt URI: expected driver[+transport]://[host]/path, e.g. qemu+ssh://host01/system or test:///default</source>
        <translation>不是 libvirt URI：应为 driver[+transport]://[host]/path，例如 qemu+ssh://host01/system 或 test:///default</translation>
    </message>
</context>
<context>
    <name>Models::NetworkLists</name>
    <message>
        <location filename="../src/models/network/networklists.cpp" line="+23"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UP</source>
        <translation>启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOWN</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <location line="+17"/>
        <location line="+15"/>
        <location line="+18"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+20"/>
        <location line="+17"/>
        <location line="+15"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+37"/>
        <location line="+18"/>
        <location line="+19"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+27"/>
        <location line="+15"/>
        <location line="+18"/>
        <location line="+14"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+36"/>
        <source>Admin State</source>
        <translation>管理状态</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External</source>
        <translation>外部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subnets</source>
        <translation>子网</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network Type</source>
        <translation>网络类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+38"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP Version</source>
        <translation>IP 版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allocation Pools</source>
        <translation>分配地址池</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>External Network</source>
        <translation>外部网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External IPs</source>
        <translation>外部 IP</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>MAC Address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed IP Addresses</source>
        <translation>固定 IP 地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device Owner</source>
        <translation>设备所有者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security Groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Floating IP Address</source>
        <translation>浮动IP地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed IP Address</source>
        <translation>固定 IP 地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floating Network</source>
        <translation>浮动IP网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Router</source>
        <translation>路由</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>Models::PoolListModel</name>
    <message>
        <location filename="../src/models/ceph/poollistmodel.cpp" line="+47"/>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pool</source>
        <translation>存储池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PGs</source>
        <translation>PG 数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replicas</source>
        <translation>副本数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min Replicas</source>
        <translation>最小副本数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored</source>
        <translation>已存储</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objects</source>
        <translation>对象数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% Used</source>
        <translation>已用 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max Available</source>
        <translation>最大可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota (Bytes)</source>
        <translation>配额（字节）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota (Objects)</source>
        <translation>配额（对象数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool ID</source>
        <translation>存储池 ID</translation>
    </message>
</context>
<context>
    <name>Models::ProjectListModel</name>
    <message>
        <location filename="../src/models/projectlistmodel.cpp" line="+42"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instances</source>
        <translation>云主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volumes</source>
        <translation>云硬盘</translation>
    </message>
</context>
<context>
    <name>Models::QuotaModel</name>
    <message>
        <location filename="../src/models/identity/quotamodel.cpp" line="+46"/>
        <source>Changed from %1; not applied yet</source>
        <translation>已从 %1 修改，尚未应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-1 means unlimited</source>
        <translation>-1 表示无限制</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (was %2)</source>
        <translation>%1（原为 %2）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In Use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;%2&quot; is not a whole number</source>
        <translation>%1：“%2”不是整数</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>%1 quotas of %2</source>
        <translation>%2 的 %1 配额</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not changed: %2</source>
        <translation>%1：未修改：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: changed</source>
        <translation>%1：已修改</translation>
    </message>
</context>
<context>
    <name>Models::RbdImageModel</name>
    <message>
        <location filename="../src/models/ceph/rbdimagemodel.cpp" line="+80"/>
        <source>Image</source>
        <translation>映像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool</source>
        <translation>存储池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features</source>
        <translation>特性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>父映像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watchers</source>
        <translation>监视者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image ID</source>
        <translation>映像 ID</translation>
    </message>
</context>
<context>
    <name>Models::RequestLogModel</name>
    <message>
        <location filename="../src/models/requestlogmodel.cpp" line="+72"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status</source>
        <translation>HTTP 状态码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
</context>
<context>
    <name>Models::RoleAssignmentModel</name>
    <message>
        <location filename="../src/models/identity/roleassignmentmodel.cpp" line="+26"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User or Group</source>
        <translation>用户或组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inherited</source>
        <translation>继承</translation>
    </message>
</context>
<context>
    <name>Models::SecurityGroupModel</name>
    <message>
        <location filename="../src/models/network/securitygroupmodel.cpp" line="+84"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instances</source>
        <translation>云主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>Models::SecurityRuleModel</name>
    <message>
        <location filename="../src/models/network/securityrulemodel.cpp" line="+74"/>
        <source>Ingress</source>
        <translation>入口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Egress</source>
        <translation>出口</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EtherType</source>
        <translation>以太网类型 (EtherType)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP Protocol</source>
        <translation>IP协议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port Range</source>
        <translation>端口范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote IP Prefix</source>
        <translation>远端IP前缀</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote Security Group</source>
        <translation>远端安全组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security Group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>Models::ServerBulkAction</name>
    <message numerus="yes">
        <location filename="../src/models/compute/servercommands.cpp" line="+213"/>
        <source>%1: %2 of %n instance(s) succeeded.</source>
        <translation>
            <numerusform>%1：%n 个云主机中有 %2 个成功。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Models::ServerCommandRules</name>
    <message>
        <location line="-151"/>
        <source>%1 is deleted</source>
        <translation>%1 已删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is locked; unlock it first</source>
        <translation>%1 已锁定，请先解锁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is busy: %2</source>
        <translation>%1 正忙：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2; %3</source>
        <translation>%1 的状态为%2；%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only a shut-off instance can be started</source>
        <translation>只有已关机的云主机才能开机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a running instance can be stopped</source>
        <translation>只有运行中的云主机才能关机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a soft reboot needs a running instance</source>
        <translation>软重启需要云主机处于运行中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it cannot be rebooted in this state</source>
        <translation>此状态下无法重启</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a running instance can be paused</source>
        <translation>只有运行中的云主机才能暂停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a paused instance can be resumed</source>
        <translation>只有已暂停的云主机才能恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a running instance can be suspended</source>
        <translation>只有运行中的云主机才能挂起</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a suspended instance can be resumed</source>
        <translation>只有已挂起的云主机才能恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it cannot be shelved in this state</source>
        <translation>此状态下无法归档</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a shelved instance can be unshelved</source>
        <translation>只有已归档的云主机才能取消归档</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is already locked</source>
        <translation>%1 已经锁定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not locked</source>
        <translation>%1 未锁定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a running or shut-off instance can be resized</source>
        <translation>只有运行中或已关机的云主机才能调整配置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no resize waiting for confirmation</source>
        <translation>没有等待确认的调整配置操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a snapshot needs a running or stopped instance</source>
        <translation>创建快照需要云主机处于运行中或已关机</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the console needs a running instance</source>
        <translation>控制台需要云主机处于运行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is still being built</source>
        <translation>%1 仍在构建中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no network address to map a floating IP to</source>
        <translation>%1 没有可映射浮动IP的网络地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it cannot get a floating IP in this state</source>
        <translation>此状态下无法绑定浮动IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no floating IP</source>
        <translation>%1 没有浮动IP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no network port to apply security groups to</source>
        <translation>%1 没有可应用安全组的网络端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its security groups cannot change in this state</source>
        <translation>此状态下无法更改其安全组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interfaces can be attached to a running, paused or stopped instance</source>
        <translation>只能向运行中、已暂停或已关机的云主机挂载网卡</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no interface</source>
        <translation>%1 没有网卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interfaces can be detached from a running, paused or stopped instance</source>
        <translation>只能从运行中、已暂停或已关机的云主机卸载网卡</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>volumes attach only to an active, shut-off, paused, suspended or shelved instance</source>
        <translation>只有处于运行中、已关机、已暂停、已挂起或已归档状态的云主机才能挂载云硬盘</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select an instance first</source>
        <translation>请先选择一个云主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a single instance</source>
        <translation>请只选择一个云主机</translation>
    </message>
</context>
<context>
    <name>Models::ServerListModel</name>
    <message>
        <location filename="../src/models/compute/serverlistmodel.cpp" line="+66"/>
        <source>Active</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build</source>
        <translation>构建中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard Reboot</source>
        <translation>硬重启</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>Migrating</source>
        <translation>迁移中</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Reboot</source>
        <translation>重启</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuild</source>
        <translation>重建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rescue</source>
        <translation>救援</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resize/Migrate</source>
        <translation>调整配置/迁移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert Resize/Migrate</source>
        <translation>还原调整配置/迁移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelved</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelved Offloaded</source>
        <translation>已归档并卸载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shutoff</source>
        <translation>关机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft Deleted</source>
        <translation>软删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Suspended</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm or Revert Resize/Migrate</source>
        <translation>确认或还原调整配置/迁移</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No State</source>
        <translation>无状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shut Down</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduling</source>
        <translation>调度中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block Device Mapping</source>
        <translation>块设备映射中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networking</source>
        <translation>配置网络中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spawning</source>
        <translation>孵化中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshotting</source>
        <translation>创建快照中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image Snapshot Pending</source>
        <translation>镜像快照等待中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image Pending Upload</source>
        <translation>镜像等待上传</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image Uploading</source>
        <translation>镜像上传中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebooting</source>
        <translation>重启中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebooting Hard</source>
        <translation>硬重启中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pausing</source>
        <translation>暂停中</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Resuming</source>
        <translation>恢复中</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Suspending</source>
        <translation>挂起中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Powering Off</source>
        <translation>关机中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Powering On</source>
        <translation>开机中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing Resize or Migrate</source>
        <translation>准备调整配置或迁移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resizing or Migrating</source>
        <translation>调整配置或迁移中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finishing Resize or Migrate</source>
        <translation>正在完成调整配置或迁移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverting Resize or Migrate</source>
        <translation>正在还原调整配置或迁移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirming Resize or Migrate</source>
        <translation>正在确认调整配置或迁移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleting</source>
        <translation>删除中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelving</source>
        <translation>归档中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unshelving</source>
        <translation>取消归档中</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(booted from volume)</source>
        <translation>（从云硬盘启动）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(unknown image %1)</source>
        <translation>（未知镜像 %1）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(deleted flavor %1)</source>
        <translation>（已删除的配置 %1）</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1 vCPU, %2 RAM, %3 GB disk</source>
        <translation>%1 个 vCPU，%2 内存，%3 GB 磁盘</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name</source>
        <translation>云主机名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image Name</source>
        <translation>镜像名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP Address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flavor</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key Pair</source>
        <translation>密钥对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability Zone</source>
        <translation>可用域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power State</source>
        <translation>电源状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>从创建以来</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>Models::SnapshotListModel</name>
    <message>
        <location filename="../src/models/blockstorage/snapshotlistmodel.cpp" line="+39"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume Name</source>
        <translation>云硬盘名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>Models::UserListModel</name>
    <message>
        <location filename="../src/models/identity/userlistmodel.cpp" line="+32"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>User Name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary Project</source>
        <translation>主项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
</context>
<context>
    <name>Models::VolumeBacking</name>
    <message>
        <location filename="../src/models/blockstorage/volumebacking.cpp" line="+56"/>
        <source>Cinder is still creating %1; its RBD image %2 does not exist yet.</source>
        <translation>Cinder 仍在创建 %1；它的 RBD 镜像 %2 尚不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cinder is deleting %1; its RBD image %2 is already gone.</source>
        <translation>Cinder 正在删除 %1；它的 RBD 镜像 %2 已经不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in state %2 and has no RBD image %3: nothing was stored.</source>
        <translation>%1 处于 %2 状态，没有 RBD 镜像 %3：没有存储任何数据。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no RBD image %1. The volume may live on a backend that is not RBD (only admins see the volume&apos;s backend).</source>
        <translation>没有 RBD 镜像 %1。该云硬盘可能位于非 RBD 的后端（只有管理员能看到云硬盘的后端）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cinder lists %1 as %2, but Ceph has no RBD image %3: the volume&apos;s data is missing.</source>
        <translation>Cinder 将 %1 列为 %2，但 Ceph 中没有 RBD 镜像 %3：该云硬盘的数据已丢失。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cinder says %1 is in use, but nobody has its RBD image open (no watcher): the instance is not running, or the attachment is stale.</source>
        <translation>Cinder 称 %1 正在使用，但没有任何客户端打开它的 RBD 镜像（没有监视者）：云主机未运行，或挂载记录已过时。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Cinder says %1 is available, but %n client(s) have its RBD image open: something uses it without Cinder knowing.</source>
        <translation>
            <numerusform>Cinder 称 %1 可用，但有 %n 个客户端打开了它的 RBD 镜像：有程序在 Cinder 不知情的情况下使用它。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cinder says %1, the RBD image is %2.</source>
        <translation>Cinder 称 %1，RBD 镜像为 %2。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Cinder and Ceph agree: in use, and the image is open by %n client(s).</source>
        <translation>
            <numerusform>Cinder 与 Ceph 一致：正在使用，镜像被 %n 个客户端打开。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cinder and Ceph agree: the image exists and nobody has it open.</source>
        <translation>Cinder 与 Ceph 一致：镜像存在且无人打开。</translation>
    </message>
</context>
<context>
    <name>Models::VolumeListModel</name>
    <message>
        <location filename="../src/models/blockstorage/volumelistmodel.cpp" line="+23"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 on %2</source>
        <comment>device on instance</comment>
        <translation>在设备%1上连接到%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cinder reports %1: see the actions it still allows in the context menu</source>
        <translation>Cinder 报告状态为%1：右键菜单中列出了仍允许的操作</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backend %1 does not keep its volumes in Ceph</source>
        <translation>后端 %1 的云硬盘不存放在 Ceph 中</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached To</source>
        <translation>连接到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability Zone</source>
        <translation>可用域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bootable</source>
        <translation>可启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RBD Image</source>
        <translation>RBD 映像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>Models::VolumeRules</name>
    <message>
        <location filename="../src/models/blockstorage/volumerules.cpp" line="+20"/>
        <source>The volume is %1; wait until it settles</source>
        <translation>云硬盘当前状态为%1，请等待其稳定</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This cloud&apos;s Cinder (API %1) cannot extend an attached volume; detach it first</source>
        <translation>此云的 Cinder（API %1）无法扩容已连接的云硬盘，请先卸载</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an available or in-use volume can be extended</source>
        <translation>只有可用或正在使用的云硬盘才能扩容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an available or in-use volume can be changed</source>
        <translation>只有可用或正在使用的云硬盘才能修改</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+42"/>
        <source>The volume is attached; detach it first</source>
        <translation>云硬盘已连接，请先卸载</translation>
    </message>
    <message numerus="yes">
        <location line="-40"/>
        <source>The volume has %n snapshot(s); delete them first</source>
        <translation>
            <numerusform>云硬盘有 %n 个快照，请先删除</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The volume is offered for transfer; cancel the transfer first</source>
        <translation>云硬盘正在等待转让，请先取消转让</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The volume is already attached and is not multi-attach</source>
        <translation>云硬盘已连接，且不支持多重挂载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an available volume can be attached</source>
        <translation>只有可用的云硬盘才能挂载</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The volume is not attached</source>
        <translation>云硬盘未连接</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only an available or in-use volume can be copied</source>
        <translation>只有可用或正在使用的云硬盘才能复制</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an available, detached volume can be transferred</source>
        <translation>只有可用且未连接的云硬盘才能转让</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resetting the state needs the admin role</source>
        <translation>重置状态需要 admin 角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a volume stuck in an error or transitional state needs a reset</source>
        <translation>只有卡在错误或中间状态的云硬盘才需要重置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Force delete needs the admin role</source>
        <translation>强制删除需要 admin 角色</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An available volume is deleted normally</source>
        <translation>可用的云硬盘请正常删除</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>The size must be a whole number of GiB</source>
        <translation>大小必须是整数 GiB</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The size must be at least 1 GiB</source>
        <translation>大小至少为 1 GiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The size must be at least %1 GiB, the size of the source</source>
        <translation>大小至少为 %1 GiB，即源的大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1 GiB are left in the project&apos;s quota</source>
        <translation>项目配额只剩 %1 GiB</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A volume can only grow: the new size must be more than %1 GiB</source>
        <translation>云硬盘只能扩容：新大小必须大于 %1 GiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Growing by %1 GiB exceeds the %2 GiB left in the project&apos;s quota</source>
        <translation>扩容 %1 GiB 超出了项目配额剩余的 %2 GiB</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete the volume (nothing usable was created)</source>
        <translation>删除该云硬盘（没有创建出可用的内容）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset its state to available if the backend did create it</source>
        <translation>如果后端确实已创建，将其状态重置为可用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete it again (Cinder retries the backend)</source>
        <translation>再次删除（Cinder 会重试后端）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force delete it</source>
        <translation>强制删除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset its state to available or error</source>
        <translation>将其状态重置为可用或错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data is intact at the old size</source>
        <translation>数据完好，大小仍为原值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset its state to available, then extend again</source>
        <translation>将其状态重置为可用，然后再次扩容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the volume</source>
        <translation>删除该云硬盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset its state</source>
        <translation>重置其状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask an administrator to reset its state</source>
        <translation>请管理员重置其状态</translation>
    </message>
</context>
<context>
    <name>Models::VolumeStatus</name>
    <message>
        <location filename="../src/models/blockstorage/volumestatus.cpp" line="+11"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-use</source>
        <translation>正在使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attaching</source>
        <translation>挂载中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detaching</source>
        <translation>卸载中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting</source>
        <translation>删除中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extending</source>
        <translation>扩容中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backing Up</source>
        <translation>备份中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring Backup</source>
        <translation>恢复备份中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring</source>
        <translation>恢复中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading Image</source>
        <translation>下载镜像中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploading to Image</source>
        <translation>上传到镜像中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retyping</source>
        <translation>更改类型中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance</source>
        <translation>维护中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverting</source>
        <translation>还原中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting Transfer</source>
        <translation>等待转让</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error Deleting</source>
        <translation>删除出错</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error Extending</source>
        <translation>扩容出错</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error Restoring</source>
        <translation>恢复出错</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error Backing Up</source>
        <translation>备份出错</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error Managing</source>
        <translation>纳管出错</translation>
    </message>
</context>
<context>
    <name>Models::ZoneListModel</name>
    <message>
        <location filename="../src/models/hosts/zonelistmodel.cpp" line="+27"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>云硬盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>up</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>down</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2: %3, disabled</source>
        <translation>%1 %2：%3，已禁用</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Zone</source>
        <translation>可用域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aggregates</source>
        <translation>主机聚合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>服务</translation>
    </message>
</context>
<context>
    <name>OpenStack::BlockStorage::AttachVolumeJob</name>
    <message>
        <location filename="../src/openstack/blockstorage/volumejobs.cpp" line="+189"/>
        <source>Nova accepted the attachment but described none</source>
        <translation>Nova 接受了挂载请求，但没有返回挂载信息</translation>
    </message>
</context>
<context>
    <name>OpenStack::BlockStorage::BlockStorageListJob</name>
    <message>
        <location filename="../src/openstack/blockstorage/listjobs.cpp" line="+51"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>OpenStack::BlockStorage::CreateBackupJob</name>
    <message>
        <location filename="../src/openstack/blockstorage/resourcejobs.cpp" line="+47"/>
        <source>Cinder accepted the backup but named none</source>
        <translation>Cinder 接受了备份请求，但没有返回备份</translation>
    </message>
</context>
<context>
    <name>OpenStack::BlockStorage::CreateVolumeJob</name>
    <message>
        <location filename="../src/openstack/blockstorage/volumejobs.cpp" line="-121"/>
        <source>Cinder accepted the volume but named none</source>
        <translation>Cinder 接受了创建请求，但没有返回云硬盘</translation>
    </message>
</context>
<context>
    <name>OpenStack::BlockStorage::GetVolumeJob</name>
    <message>
        <location line="-43"/>
        <source>The response has no &quot;volume&quot; object</source>
        <translation>响应中没有 &quot;volume&quot; 对象</translation>
    </message>
</context>
<context>
    <name>OpenStack::BlockStorage::Volume</name>
    <message>
        <location filename="../src/openstack/blockstorage/volume.cpp" line="+115"/>
        <source>volume %1: &quot;attachments&quot; is not a list</source>
        <translation>云硬盘 %1：&quot;attachments&quot; 不是列表</translation>
    </message>
</context>
<context>
    <name>OpenStack::CloudConfig</name>
    <message>
        <location filename="../src/openstack/client/cloudconfig.cpp" line="+135"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the top level must be a mapping</source>
        <translation>%1：顶层必须是映射</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>No cloud is configured: no clouds.yaml was found and no OS_* variables are set</source>
        <translation>没有配置任何云：未找到 clouds.yaml，也没有设置 OS_* 环境变量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several clouds are configured; choose one with --os-cloud or OS_CLOUD: %1</source>
        <translation>配置了多个云，请用 --os-cloud 或 OS_CLOUD 选择一个：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cloud &quot;%1&quot; not found: no clouds are configured</source>
        <translation>未找到云“%1”：没有配置任何云</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud &quot;%1&quot; not found; known clouds: %2</source>
        <translation>未找到云“%1”；已知的云：%2</translation>
    </message>
</context>
<context>
    <name>OpenStack::Compute::ConsoleOutputJob</name>
    <message>
        <location filename="../src/openstack/compute/computejobs.cpp" line="+97"/>
        <source>The response has no console &quot;output&quot;</source>
        <translation>响应中没有控制台 &quot;output&quot;</translation>
    </message>
</context>
<context>
    <name>OpenStack::Compute::CreateServerJob</name>
    <message>
        <location filename="../src/openstack/compute/serverjobs.cpp" line="+200"/>
        <source>Nova accepted the launch but named no server</source>
        <translation>Nova 接受了启动请求，但没有返回云主机</translation>
    </message>
</context>
<context>
    <name>OpenStack::Compute::GetServerJob</name>
    <message>
        <location line="-63"/>
        <source>The response has no &quot;server&quot; object</source>
        <translation>响应中没有 &quot;server&quot; 对象</translation>
    </message>
</context>
<context>
    <name>OpenStack::Compute::ListServersJob</name>
    <message>
        <location line="-56"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>OpenStack::Compute::RemoteConsoleJob</name>
    <message>
        <location filename="../src/openstack/compute/computejobs.cpp" line="+20"/>
        <source>The response has no console URL</source>
        <translation>响应中没有控制台 URL</translation>
    </message>
</context>
<context>
    <name>OpenStack::Compute::Server</name>
    <message>
        <location filename="../src/openstack/compute/server.cpp" line="+193"/>
        <location filename="../src/openstack/compute/serverpageparser.cpp" line="+520"/>
        <source>a server entry is not an object</source>
        <translation>某个云主机条目不是对象</translation>
    </message>
</context>
<context>
    <name>OpenStack::Compute::ServerPageParser</name>
    <message>
        <location filename="../src/openstack/compute/jsonscanner.h" line="+61"/>
        <location line="+30"/>
        <location line="+93"/>
        <location filename="../src/openstack/compute/serverpageparser.cpp" line="-17"/>
        <source>unexpected end</source>
        <translation>意外结束</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+80"/>
        <source>unexpected character</source>
        <translation>意外字符</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>a member name is missing</source>
        <translation>缺少成员名称</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>unterminated string</source>
        <translation>字符串未结束</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>malformed number</source>
        <translation>数字格式错误</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>nested too deeply</source>
        <translation>嵌套过深</translation>
    </message>
    <message>
        <location filename="../src/openstack/compute/serverpageparser.cpp" line="+1"/>
        <source>the response is not an object</source>
        <translation>响应不是对象</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>unexpected data after the response</source>
        <translation>响应之后有多余数据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the response is not valid JSON (%1 at byte %2 of %3)</source>
        <translation>响应不是有效的 JSON（%1，位于第 %2 字节，共 %3 字节）</translation>
    </message>
</context>
<context>
    <name>OpenStack::Connector</name>
    <message>
        <location filename="../src/openstack/client/connector.cpp" line="+73"/>
        <source>Cloud &quot;%1&quot; has no password: put it in secure.yaml or OS_PASSWORD, or log in once in the window and tick &quot;Remember&quot;</source>
        <translation>云“%1”没有密码：请写入 secure.yaml 或 OS_PASSWORD，或在窗口中登录一次并勾选“记住”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Login to cloud &quot;%1&quot; cancelled</source>
        <translation>已取消登录云“%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>OpenStack::FieldReader</name>
    <message>
        <location filename="../src/openstack/client/jsonfields.cpp" line="+107"/>
        <location filename="../src/openstack/compute/serverpageparser.cpp" line="-35"/>
        <source>%1%2 lacks required field(s): %3</source>
        <translation>%1%2 缺少必需字段：%3</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../src/openstack/compute/serverpageparser.cpp" line="+50"/>
        <source>The response has no &quot;%1&quot; list</source>
        <translation>响应中没有 &quot;%1&quot; 列表</translation>
    </message>
</context>
<context>
    <name>OpenStack::Hosts</name>
    <message numerus="yes">
        <location filename="../src/openstack/hosts/aggregate.cpp" line="+40"/>
        <location filename="../src/openstack/hosts/hypervisor.cpp" line="+84"/>
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>最多 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The name must not be empty</source>
        <translation>名称不能为空</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The zone name must not be only spaces</source>
        <translation>可用域名称不能只包含空格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A zone name must not contain &apos;:&apos;</source>
        <translation>可用域名称不能包含 &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key must not be empty</source>
        <translation>键不能为空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A key may only contain letters, digits, spaces and _ - . :</source>
        <translation>键只能包含字母、数字、空格和 _ - . :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the availability zone with “Set Zone”, not as metadata</source>
        <translation>请用“设置可用域”来设置可用域，而不是作为元数据</translation>
    </message>
    <message>
        <location filename="../src/openstack/hosts/aggregatejobs.cpp" line="+53"/>
        <source>The response has no &quot;aggregate&quot; object</source>
        <translation>响应中没有 &quot;aggregate&quot; 对象</translation>
    </message>
    <message>
        <location filename="../src/openstack/hosts/hypervisorjobs.cpp" line="+87"/>
        <source>The response has no &quot;service&quot; object</source>
        <translation>响应中没有 &quot;service&quot; 对象</translation>
    </message>
</context>
<context>
    <name>OpenStack::Hosts::ListHostServersJob</name>
    <message>
        <location line="+18"/>
        <source>Listing the instances of a host needs the admin role</source>
        <translation>列出主机上的云主机需要 admin 角色</translation>
    </message>
</context>
<context>
    <name>OpenStack::Hosts::ZonedService</name>
    <message>
        <location filename="../src/openstack/hosts/zoneservices.cpp" line="+35"/>
        <source>%1 has field(s) of an unexpected kind: %2</source>
        <translation>%1 中有类型不符的字段：%2</translation>
    </message>
</context>
<context>
    <name>OpenStack::Http</name>
    <message>
        <location filename="../src/openstack/client/httputil.cpp" line="+66"/>
        <source>no answer from %1 within %2 s</source>
        <translation>%1 在 %2 秒内没有响应</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected HTTP status %1</source>
        <translation>意外的 HTTP 状态码 %1</translation>
    </message>
</context>
<context>
    <name>OpenStack::Identity</name>
    <message>
        <location filename="../src/openstack/identity/identityjobs.cpp" line="+94"/>
        <source>The name must not be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is longer than 64 characters.</source>
        <translation>名称超过 64 个字符。</translation>
    </message>
</context>
<context>
    <name>OpenStack::Identity::RoleAssignment</name>
    <message>
        <location filename="../src/openstack/identity/user.cpp" line="+72"/>
        <source>A role assignment lacks its actor or its role</source>
        <translation>某个角色分配缺少用户/组或角色</translation>
    </message>
</context>
<context>
    <name>OpenStack::Microversion</name>
    <message>
        <location filename="../src/openstack/client/microversion.cpp" line="+46"/>
        <source>The version document is not JSON: %1</source>
        <translation>版本文档不是 JSON：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The version document lists no versions</source>
        <translation>版本文档中没有列出任何版本</translation>
    </message>
</context>
<context>
    <name>OpenStack::Network</name>
    <message>
        <location filename="../src/openstack/network/networkjobs.cpp" line="+18"/>
        <source>The response has no &quot;%1&quot; object</source>
        <translation>响应中没有 &quot;%1&quot; 对象</translation>
    </message>
</context>
<context>
    <name>OpenStack::Network::Reachability</name>
    <message>
        <location filename="../src/openstack/network/reachability.cpp" line="+38"/>
        <source>%1 is a member of %2</source>
        <translation>%1 是 %2 的成员</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>any address (%1 included)</source>
        <translation>任何地址（包括 %1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in %2</source>
        <translation>%1 在 %2 内</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%1 can reach %2: %n rule(s) allow it on the way in</source>
        <translation>
            <numerusform>%1 可以访问 %2：有 %n 条入口规则允许</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot reach %2: no egress rule of %1 allows it</source>
        <translation>%1 无法访问 %2：%1 没有允许它的出口规则</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot reach %2: no ingress rule of %2 allows it</source>
        <translation>%1 无法访问 %2：%2 没有允许它的入口规则</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot reach %2: the egress and ingress rules share no protocol or port</source>
        <translation>%1 无法访问 %2：出口规则与入口规则没有共同的协议或端口</translation>
    </message>
</context>
<context>
    <name>OpenStack::Network::RuleAudit</name>
    <message>
        <location filename="../src/openstack/network/ruleaudit.cpp" line="+27"/>
        <source>Open to the world</source>
        <translation>对所有地址开放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensitive port open</source>
        <translation>敏感端口开放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shadowed</source>
        <translation>被覆盖</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>No findings in %n rule(s)</source>
        <translation>
            <numerusform>%n 条规则中没有发现问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n open to the world</source>
        <translation>
            <numerusform>%n 条对所有地址开放</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n 条重复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n shadowed</source>
        <translation>
            <numerusform>%n 条被覆盖</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>，</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Every protocol and port is open to %1</source>
        <translation>所有协议和端口都对 %1 开放</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every %1 port is open to %2</source>
        <translation>所有 %1 端口都对 %2 开放</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 open to %2</source>
        <translation>%1 对 %2 开放</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Allows the same traffic as rule %1</source>
        <translation>与规则 %1 允许的流量相同</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Already allowed by the broader rule %1</source>
        <translation>已被范围更大的规则 %1 允许</translation>
    </message>
</context>
<context>
    <name>OpenStack::Network::RuleSpec</name>
    <message>
        <location filename="../src/openstack/network/rulespec.cpp" line="+61"/>
        <location line="+9"/>
        <location line="+6"/>
        <source>Any</source>
        <translation>任何</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>type %1</source>
        <translation>类型 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type %1 code %2</source>
        <translation>类型 %1 代码 %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Custom rule</source>
        <translation>定制规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICMP (ping)</source>
        <translation>ICMP (ping)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RDP</source>
        <translation>RDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MySQL</source>
        <translation>MySQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All TCP</source>
        <translation>所有 TCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All UDP</source>
        <translation>所有 UDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All ICMP</source>
        <translation>所有 ICMP</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose ingress or egress.</source>
        <translation>请选择入口或出口。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose IPv4 or IPv6.</source>
        <translation>请选择 IPv4 或 IPv6。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown protocol: use a name such as tcp, udp, icmp, or a number 0–255.</source>
        <translation>未知协议：请使用 tcp、udp、icmp 等名称，或 0–255 的编号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ICMP is IPv4; for IPv6 choose ipv6-icmp.</source>
        <translation>ICMP 用于 IPv4；IPv6 请选择 ipv6-icmp。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ipv6-icmp needs EtherType IPv6.</source>
        <translation>ipv6-icmp 需要以太网类型 (EtherType) 为 IPv6。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Not a number.</source>
        <translation>不是数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>A port is 1–65535.</source>
        <translation>端口范围为 1–65535。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the first port too (the same number for one port).</source>
        <translation>请同时填写起始端口（单个端口时填写相同的数字）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last port must not be lower than the first.</source>
        <translation>结束端口不能小于起始端口。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An ICMP type is 0–255.</source>
        <translation>ICMP 类型范围为 0–255。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An ICMP code is 0–255.</source>
        <translation>ICMP 代码范围为 0–255。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An ICMP code needs a type.</source>
        <translation>ICMP 代码需要同时指定类型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ports apply to TCP, UDP, SCTP, UDP-Lite and DCCP only; leave them empty.</source>
        <translation>端口只适用于 TCP、UDP、SCTP、UDP-Lite 和 DCCP，请留空。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a CIDR or a security group, not both.</source>
        <translation>请填写 CIDR 或安全组，不能同时填写。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a CIDR: write it as 10.0.0.0/8 or 2001:db8::/32.</source>
        <translation>不是 CIDR：请写成 10.0.0.0/8 或 2001:db8::/32 的形式。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is an IPv4 CIDR but the EtherType is IPv6.</source>
        <translation>这是 IPv4 CIDR，但以太网类型 (EtherType) 为 IPv6。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is an IPv6 CIDR but the EtherType is IPv4.</source>
        <translation>这是 IPv6 CIDR，但以太网类型 (EtherType) 为 IPv4。</translation>
    </message>
</context>
<context>
    <name>OpenStack::PagedJob</name>
    <message>
        <location filename="../src/openstack/client/pagedjob.cpp" line="+109"/>
        <location filename="../src/openstack/compute/serverjobs.cpp" line="+26"/>
        <source>the service keeps returning the same next page</source>
        <translation>服务一直返回相同的下一页</translation>
    </message>
</context>
<context>
    <name>OpenStack::Placement</name>
    <message>
        <location filename="../src/openstack/placement/placementjobs.cpp" line="+88"/>
        <source>The response has no &quot;aggregates&quot; list</source>
        <translation>响应中没有 &quot;aggregates&quot; 列表</translation>
    </message>
    <message>
        <location filename="../src/openstack/placement/placementtypes.cpp" line="+45"/>
        <source>The inventory of %1 has an allocation_ratio that is not a number</source>
        <translation>%1 的资源清单中 allocation_ratio 不是数字</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The response has no &quot;inventories&quot; object</source>
        <translation>响应中没有 &quot;inventories&quot; 对象</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The response has no &quot;usages&quot; object</source>
        <translation>响应中没有 &quot;usages&quot; 对象</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The usage of %1 is not a number</source>
        <translation>%1 的使用量不是数字</translation>
    </message>
</context>
<context>
    <name>OpenStack::Quota</name>
    <message>
        <location filename="../src/openstack/quota/quota.cpp" line="+40"/>
        <source>The response has no &quot;%1&quot; object</source>
        <translation>响应中没有 &quot;%1&quot; 对象</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The quota set lists no quotas</source>
        <translation>配额集中没有列出任何配额</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: a quota is a number of 0 or more, or -1 for unlimited</source>
        <translation>%1：配额必须是大于等于 0 的数字，或用 -1 表示无限制</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the new limit %2 is below what is in use now (%3); nothing is removed, but nothing new can be created until usage falls</source>
        <translation>%1：新的限额 %2 低于当前使用量（%3）；已有资源不会被删除，但在使用量降下来之前无法创建新资源</translation>
    </message>
</context>
<context>
    <name>OpenStack::RestJob</name>
    <message>
        <location filename="../src/openstack/client/restjob.cpp" line="+99"/>
        <location line="+35"/>
        <source>No session</source>
        <translation>没有会话</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 supports API %2–%3; StackDeck needs %4–%5</source>
        <translation>%1 支持的 API 版本为 %2–%3；StackDeck 需要 %4–%5</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>the response is empty</source>
        <translation>响应为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the response is not valid JSON (%1 at byte %2 of %3)</source>
        <translation>响应不是有效的 JSON（%1，位于第 %2 字节，共 %3 字节）</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>OpenStack::ServiceCatalog</name>
    <message>
        <location filename="../src/openstack/client/catalog.cpp" line="+39"/>
        <source>A catalog entry has no service type</source>
        <translation>某个服务目录条目没有服务类型</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The catalog has no %1 endpoint for interface &quot;%2&quot; in region &quot;%3&quot; (it offers: %4)</source>
        <translation>服务目录中没有区域“%3”中接口“%2”的 %1 端点（现有：%4）</translation>
    </message>
</context>
<context>
    <name>OpenStack::Session</name>
    <message>
        <location filename="../src/openstack/client/session.cpp" line="+54"/>
        <source>Keystone&apos;s token response is not JSON: %1</source>
        <translation>Keystone 的令牌响应不是 JSON：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Keystone&apos;s answer has no X-Subject-Token header</source>
        <translation>Keystone 的响应中没有 X-Subject-Token 头</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keystone&apos;s token lacks its user or a valid expires_at</source>
        <translation>Keystone 的令牌缺少用户或有效的 expires_at</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>An application credential is bound to its own project and cannot switch</source>
        <translation>应用凭证绑定在自己的项目上，无法切换</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cloud &quot;%1&quot;: no password or secret is known</source>
        <translation>云“%1”：没有已知的密码或密钥</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cloud &quot;%1&quot; has no valid auth_url</source>
        <translation>云“%1”没有有效的 auth_url</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cloud &quot;%1&quot;: Keystone refused the credentials: %2</source>
        <translation>云“%1”：Keystone 拒绝了凭证：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloud &quot;%1&quot;: Keystone at %2 did not answer within %3 s</source>
        <translation>云“%1”：位于 %2 的 Keystone 在 %3 秒内没有响应</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cloud &quot;%1&quot;: %2</source>
        <translation>云“%1”：%2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Cloud &quot;%1&quot;: the user has no role on any enabled project</source>
        <translation>云“%1”：该用户在任何已启用的项目上都没有角色</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not connected to cloud &quot;%1&quot;</source>
        <translation>未连接到云“%1”</translation>
    </message>
</context>
<context>
    <name>Topology</name>
    <message>
        <location filename="../src/topology/graphbuilder.cpp" line="+274"/>
        <location line="+6"/>
        <source>port %1</source>
        <translation>端口 %1</translation>
    </message>
    <message>
        <location filename="../src/topology/subnetcheck.cpp" line="+45"/>
        <source>Not a CIDR: write it as 192.168.11.0/24 or 2001:db8::/64.</source>
        <translation>不是 CIDR：请写成 192.168.11.0/24 或 2001:db8::/64 的形式。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The subnet is too small to hold a gateway and an instance.</source>
        <translation>子网太小，放不下一个网关和一个云主机。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not an IP address.</source>
        <translation>不是 IP 地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gateway is not of the subnet&apos;s IP version.</source>
        <translation>网关的 IP 版本与子网不同。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gateway %1 is outside %2.</source>
        <translation>网关 %1 不在 %2 内。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Write a pool as start-end, e.g. 192.168.11.10-192.168.11.200: %1</source>
        <translation>地址池请写成 起始-结束，例如 192.168.11.10-192.168.11.200：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pool %1 is not of the subnet&apos;s IP version.</source>
        <translation>地址池 %1 的 IP 版本与子网不同。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pool %1 is outside %2.</source>
        <translation>地址池 %1 不在 %2 之内。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pool %1 ends before it starts.</source>
        <translation>地址池 %1 的结束地址在起始地址之前。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pool %1 holds the gateway %2.</source>
        <translation>地址池 %1 包含网关 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pools %1 and %2 overlap.</source>
        <translation>地址池 %1 与 %2 重叠。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not an IP address of a DNS server: %1</source>
        <translation>不是 DNS 服务器的 IP 地址：%1</translation>
    </message>
</context>
<context>
    <name>Ui::ActionLogDialog</name>
    <message>
        <location filename="../ui/instances/serverdialogs.cpp" line="+181"/>
        <source>Action Log: %1</source>
        <translation>操作日志：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start Time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not read the action log: %1</source>
        <translation>无法读取操作日志：%1</translation>
    </message>
</context>
<context>
    <name>Ui::AddHostDialog</name>
    <message>
        <location filename="../ui/aggregates/aggregatedialogs.cpp" line="+102"/>
        <source>Add Host to %1</source>
        <translation>向 %1 添加主机</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every compute host is in this aggregate already.</source>
        <translation>所有计算主机都已在此主机聚合中。</translation>
    </message>
</context>
<context>
    <name>Ui::AggregateDialog</name>
    <message>
        <location line="-81"/>
        <source>Create Aggregate</source>
        <translation>创建主机聚合</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename Aggregate</source>
        <translation>重命名主机聚合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Availability Zone</source>
        <translation>设置可用域</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hosts in this aggregate form this availability zone; leave empty for none</source>
        <translation>此主机聚合中的主机组成该可用域；留空表示不设可用域</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Availability &amp;zone:</source>
        <translation>可用域(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>An aggregate called %1 exists already</source>
        <translation>名为 %1 的主机聚合已存在</translation>
    </message>
</context>
<context>
    <name>Ui::AggregatesPage</name>
    <message>
        <location filename="../ui/aggregates/aggregatespage.h" line="+43"/>
        <source>Aggregates &amp; Zones</source>
        <translation>主机聚合 / 可用域</translation>
    </message>
    <message>
        <location filename="../ui/aggregates/aggregateactions.cpp" line="+41"/>
        <source>Aggregate %1 created</source>
        <translation>已创建主机聚合 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aggregate %1 created in zone %2</source>
        <translation>已在可用域 %2 中创建主机聚合 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating aggregate %1</source>
        <translation>正在创建主机聚合 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Aggregate %1 renamed to %2</source>
        <translation>主机聚合 %1 已重命名为 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Renaming %1</source>
        <translation>正在重命名 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Aggregate %1 no longer defines a zone</source>
        <translation>主机聚合 %1 不再定义可用域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aggregate %1 now defines zone %2</source>
        <translation>主机聚合 %1 现在定义可用域 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting the zone of %1</source>
        <translation>正在设置 %1 的可用域</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+98"/>
        <source>Host %1 added to %2</source>
        <translation>已将主机 %1 添加到 %2</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+98"/>
        <source>Adding %1 to %2</source>
        <translation>正在将 %1 添加到 %2</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+5"/>
        <location filename="../ui/aggregates/aggregatespage.cpp" line="+156"/>
        <source>Remove Host</source>
        <translation>移除主机</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Remove host %1 from aggregate %2?</source>
        <translation>从主机聚合 %2 中移除主机 %1？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host leaves zone %1; its instances stay where they are.</source>
        <translation>该主机将离开可用域 %1；其上的云主机保持不动。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Host %1 removed from %2</source>
        <translation>已从 %2 中移除主机 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removing %1 from %2</source>
        <translation>正在从 %2 中移除 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Metadata of %1: %n key(s) changed</source>
        <translation>
            <numerusform>%1 的元数据：已修改 %n 个键</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing the metadata of %1</source>
        <translation>正在修改 %1 的元数据</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Aggregate %1 still holds %2: remove its hosts before deleting it</source>
        <translation>主机聚合 %1 中仍有 %2：请先移除其主机再删除</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Delete Aggregate</source>
        <translation>删除主机聚合</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delete aggregate %1?</source>
        <translation>删除主机聚合 %1？</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nova did not delete %1: %2</source>
        <translation>Nova 未删除 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aggregate %1 deleted</source>
        <translation>已删除主机聚合 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is in %2 already</source>
        <translation>%1 已在 %2 中</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Host %1 moved from %2 to %3</source>
        <translation>已将主机 %1 从 %2 移到 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moving %1 from %2 to %3 failed: %4</source>
        <translation>将 %1 从 %2 移到 %3 失败：%4</translation>
    </message>
    <message>
        <location filename="../ui/aggregates/aggregatespage.cpp" line="-76"/>
        <source>Drag a host onto another aggregate to move it there</source>
        <translation>将主机拖到另一个主机聚合上即可移过去</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hosts of the selected aggregate:</source>
        <translation>所选主机聚合中的主机：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Per aggregate</source>
        <translation>按主机聚合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per compute zone</source>
        <translation>按计算可用域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity from Placement (allocation ratios applied, reserved taken off):</source>
        <translation>来自 Placement 的容量（已计入超分比，已扣除预留）：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability Zones</source>
        <translation>可用域</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create Aggregate</source>
        <translation>创建主机聚合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set Zone</source>
        <translation>设置可用域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Host</source>
        <translation>添加主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Metadata</source>
        <translation>编辑元数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Aggregates, hosts and capacity need the admin role; only the zones are shown.</source>
        <translation>主机聚合、主机和容量需要 admin 角色；这里只显示可用域。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load everything: %1</source>
        <translation>未能全部加载：%1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Needs the admin role</source>
        <translation>需要 admin 角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an aggregate</source>
        <translation>请选择一个主机聚合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a host aggregate, optionally with an availability zone (Ctrl+N)</source>
        <translation>创建主机聚合，可同时指定可用域 (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a host in the hosts list</source>
        <translation>请在主机列表中选择一台主机</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nova deletes only empty aggregates: remove its hosts first (%1)</source>
        <translation>Nova 只能删除空的主机聚合：请先移除其主机（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the aggregate</source>
        <translation>删除该主机聚合</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The hosts of volume and network zones need the admin role; those zones show without hosts.</source>
        <translation>卷可用域和网络可用域的主机需要管理员角色才能查看；这些可用域显示时不带主机。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hosts of volume zones need the admin role; those zones show without hosts.</source>
        <translation>卷可用域的主机需要管理员角色才能查看；这些可用域显示时不带主机。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hosts of network zones need the admin role; those zones show without hosts.</source>
        <translation>网络可用域的主机需要管理员角色才能查看；这些可用域显示时不带主机。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
</context>
<context>
    <name>Ui::AttachVolumeDialog</name>
    <message>
        <location filename="../ui/volumes/volumedialogs.cpp" line="+252"/>
        <source>Attach Volume %1</source>
        <translation>挂载云硬盘 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter instances by name, id, status or zone</source>
        <translation>按名称、ID、状态或可用域筛选云主机</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>automatic, e.g. /dev/vdd</source>
        <translation>自动，例如 /dev/vdd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attach to Instance</source>
        <translation>连接到云主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device Name</source>
        <translation>设备名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach Volume</source>
        <translation>挂载云硬盘</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>There is no instance to attach to</source>
        <translation>没有可连接的云主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an instance</source>
        <translation>请选择一个云主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A device name looks like /dev/vdd</source>
        <translation>设备名形如 /dev/vdd</translation>
    </message>
</context>
<context>
    <name>Ui::CephPage</name>
    <message>
        <location filename="../ui/ceph/cephpage.h" line="+54"/>
        <source>Ceph</source>
        <translation>Ceph</translation>
    </message>
    <message>
        <location filename="../ui/ceph/cephpage.cpp" line="+58"/>
        <source>Pools</source>
        <translation>存储池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RBD Images</source>
        <translation>RBD 映像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-Layer</source>
        <translation>跨层对照</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not list the RBD images: %1</source>
        <translation>无法列出 RBD 映像：%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+115"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Connection Settings…</source>
        <translation>连接设置…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ceph.conf, keyring or key, and client name for this cloud</source>
        <translation>此云的 ceph.conf、密钥环或密钥，以及客户端名称</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Raw capacity</source>
        <translation>原始容量</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stored per pool, of what it may still hold</source>
        <translation>各存储池已存储量及其仍可容纳的量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pools with the rbd application</source>
        <translation>启用了 rbd 应用的存储池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool:</source>
        <translation>存储池：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protected</source>
        <translation>受保护</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In the trash</source>
        <translation>回收站中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image ID</source>
        <translation>映像 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Ceph: %1 — from %2</source>
        <translation>Ceph：%1 — 来自 %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot connect to Ceph: %1. &lt;a href=&quot;settings&quot;&gt;Connection settings…&lt;/a&gt;</source>
        <translation>无法连接到 Ceph：%1。&lt;a href=&quot;settings&quot;&gt;连接设置…&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cannot reach the Ceph cluster: %1. &lt;a href=&quot;settings&quot;&gt;Connection settings…&lt;/a&gt;</source>
        <translation>无法访问 Ceph 集群：%1。&lt;a href=&quot;settings&quot;&gt;连接设置…&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 — %n OSD(s), %2 of %3 raw used</source>
        <translation>
            <numerusform>%1 — %n 个 OSD，原始容量已用 %2 / %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No health checks are raised</source>
        <translation>没有触发任何健康检查告警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not list the pools: %1</source>
        <translation>无法列出存储池：%1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Select an image to see its snapshots and watchers.</source>
        <translation>选择一个映像以查看其快照和监视者。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n image(s) selected</source>
        <translation>
            <numerusform>已选择 %n 个映像</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading %1/%2…</source>
        <translation>正在读取 %1/%2…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not measured (fast-diff is not enabled)</source>
        <translation>未统计（未启用 fast-diff）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Provisioned: %2&lt;br&gt;Used: %3&lt;br&gt;Features: %4&lt;br&gt;Parent: %5&lt;br&gt;Watchers: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;已分配：%2&lt;br&gt;已使用：%3&lt;br&gt;特性：%4&lt;br&gt;父映像：%5&lt;br&gt;监视者：%6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody has it open</source>
        <translation>没有客户端打开</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/ceph/imageactions.cpp" line="+59"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Create Image…</source>
        <translation>创建映像…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resize…</source>
        <translation>调整大小…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot…</source>
        <translation>创建快照…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clone…</source>
        <translation>克隆…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flatten</source>
        <translation>扁平化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll Back to Snapshot</source>
        <translation>回滚到快照</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protect Snapshot</source>
        <translation>保护快照</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unprotect Snapshot</source>
        <translation>取消保护快照</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Snapshot</source>
        <translation>删除快照</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from Trash</source>
        <translation>从回收站恢复</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No pool with the rbd application is selected</source>
        <translation>没有选择启用了 rbd 应用的存储池</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create an RBD image in this pool (e.g. a volume for Docker)</source>
        <translation>在此存储池中创建 RBD 映像（例如供 Docker 使用的卷）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Select one image</source>
        <translation>请选择一个映像</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Grow or shrink the image</source>
        <translation>扩大或缩小映像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a snapshot of the image</source>
        <translation>为映像创建快照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one image and one of its snapshots</source>
        <translation>请选择一个映像及其一个快照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clone the selected snapshot into a new image</source>
        <translation>将所选快照克隆为新映像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a clone (an image with a parent) can be flattened</source>
        <translation>只有克隆（有父映像的映像）才能扁平化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the parent&apos;s data into the clone and detach it</source>
        <translation>将父映像的数据复制到克隆中，并解除与父映像的关联</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a snapshot</source>
        <translation>请选择一个快照</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n selected image(s) are open by a client (see Watchers); close them first</source>
        <translation>
            <numerusform>所选映像中有 %n 个正被客户端打开（见“监视者”）；请先关闭</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Select images</source>
        <translation>请选择映像</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Move the selected images to the pool&apos;s trash (they can be restored)</source>
        <translation>将所选映像移到存储池的回收站（可以恢复）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected images for good</source>
        <translation>永久删除所选映像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an image in the trash</source>
        <translation>请在回收站中选择一个映像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the image from the trash</source>
        <translation>从回收站恢复该映像</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1: %n operation(s) running…</source>
        <translation>
            <numerusform>%1：%n 个操作正在进行…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: failed: %2</source>
        <translation>%1：失败：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: done</source>
        <translation>%1：完成</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Create an RBD image in %1</source>
        <translation>在 %1 中创建 RBD 映像</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An image needs a name</source>
        <translation>映像需要一个名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create image</source>
        <translation>创建映像</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resize %1</source>
        <translation>调整 %1 的大小</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resize image</source>
        <translation>调整映像大小</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shrink %1?</source>
        <translation>缩小 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shrinking %1 to %2 destroys the data past the new end.
Type the image&apos;s name to confirm:</source>
        <translation>将 %1 缩小到 %2 会销毁新末尾之后的数据。
请输入映像名称以确认：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not shrunk: the name typed does not match %1</source>
        <translation>未缩小：输入的名称与 %1 不符</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shrink image</source>
        <translation>缩小映像</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Snapshot %1</source>
        <translation>为 %1 创建快照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot name:</source>
        <translation>快照名称：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create snapshot</source>
        <translation>创建快照</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll %1 back to snapshot %2? Everything written since the snapshot is lost.</source>
        <translation>将 %1 回滚到快照 %2？快照之后写入的所有数据都将丢失。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove snapshot %1 of %2?</source>
        <translation>删除 %2 的快照 %1？</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Clone %1@%2</source>
        <translation>克隆 %1@%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new image (in %1):</source>
        <translation>新映像的名称（位于 %1）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clone image</source>
        <translation>克隆映像</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flatten image</source>
        <translation>扁平化映像</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete RBD images</source>
        <translation>删除 RBD 映像</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n image(s) from pool %1 for good? Their data cannot be recovered:</source>
        <translation>
            <numerusform>从存储池 %1 中永久删除 %n 个映像？其数据将无法恢复：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete images</source>
        <translation>删除映像</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore image</source>
        <translation>恢复映像</translation>
    </message>
</context>
<context>
    <name>Ui::CephSettingsDialog</name>
    <message>
        <location filename="../ui/ceph/cephsettingsdialog.cpp" line="+30"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Keyring file</source>
        <translation>密钥环文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret key (kept in the system keychain)</source>
        <translation>密钥（保存在系统密钥链中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test Connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use clouds.yaml</source>
        <translation>使用 clouds.yaml</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ceph Connection — %1</source>
        <translation>Ceph 连接 — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty: CEPH_CONF or /etc/ceph/ceph.conf</source>
        <translation>留空：使用 CEPH_CONF 或 /etc/ceph/ceph.conf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: the keyring named in ceph.conf</source>
        <translation>留空：使用 ceph.conf 中指定的密钥环</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The base64 key of the client (the &quot;key =&quot; line of its keyring). It is stored in the system keychain only, never in a file.</source>
        <translation>客户端的 base64 密钥（其密钥环中“key =”一行）。它只保存在系统密钥链中，绝不写入文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Ceph user without &quot;client.&quot;, e.g. admin, cinder or docker</source>
        <translation>不带“client.”的 Ceph 用户名，例如 admin、cinder 或 docker</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forget these settings for this cloud (and a stored key); use clouds.yaml or librados&apos;s defaults</source>
        <translation>忘记此云的这些设置（以及已保存的密钥）；使用 clouds.yaml 或 librados 的默认值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ceph.conf:</source>
        <translation>ceph.conf：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose ceph.conf</source>
        <translation>选择 ceph.conf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client name:</source>
        <translation>客户端名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticate with:</source>
        <translation>认证方式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a keyring</source>
        <translation>选择密钥环</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>In use now: %1.</source>
        <translation>当前使用：%1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a key is stored in the keychain; leave empty to keep it</source>
        <translation>密钥链中已保存密钥；留空则保留它</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paste the key here</source>
        <translation>在此粘贴密钥</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No keychain is available: use a keyring file</source>
        <translation>没有可用的密钥链：请使用密钥环文件</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+68"/>
        <source>Enter a client name (e.g. admin).</source>
        <translation>请输入客户端名称（例如 admin）。</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Paste the client&apos;s secret key first.</source>
        <translation>请先粘贴客户端的密钥。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the stored key from the keychain…</source>
        <translation>正在从密钥链读取已保存的密钥…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The system keychain is unavailable: %1</source>
        <translation>系统密钥链不可用：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No key for client.%1 is stored in the keychain: paste it.</source>
        <translation>密钥链中没有 client.%1 的密钥：请粘贴。</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Connecting as client.%1 (at most %n second(s))…</source>
        <translation>
            <numerusform>正在以 client.%1 身份连接（最多 %n 秒）…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Connected: %1, %n OSD(s), cluster %2</source>
        <translation>
            <numerusform>已连接：%1，%n 个 OSD，集群 %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Paste the client&apos;s secret key, or choose a keyring file.</source>
        <translation>请粘贴客户端的密钥，或选择密钥环文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain is available, and the key is never written to a file: use a keyring file.</source>
        <translation>没有可用的密钥链，而密钥绝不会写入文件：请使用密钥环文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storing the key in the system keychain…</source>
        <translation>正在将密钥保存到系统密钥链…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain is unavailable (%1). The key was not saved, and it is never written to a file: use a keyring file, or try again when the keychain is back.</source>
        <translation>系统密钥链不可用（%1）。密钥未保存，且绝不会写入文件：请使用密钥环文件，或在密钥链恢复后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain did not store the key: %1</source>
        <translation>密钥链未能保存密钥：%1</translation>
    </message>
</context>
<context>
    <name>Ui::ChoiceDialog</name>
    <message>
        <location filename="../ui/instances/serverdialogs.cpp" line="-155"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is nothing to choose from.</source>
        <translation>没有可选择的项。</translation>
    </message>
</context>
<context>
    <name>Ui::ConsoleLogDialog</name>
    <message>
        <location line="+70"/>
        <source>Console Log: %1</source>
        <translation>控制台日志：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last lines:</source>
        <translation>最后行数：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not read the console log: %1</source>
        <translation>无法读取控制台日志：%1</translation>
    </message>
</context>
<context>
    <name>Ui::CopyRulesDialog</name>
    <message>
        <location filename="../ui/security/copyrulesdialog.cpp" line="+16"/>
        <source>Copy Rules</source>
        <translation>复制规则</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Copy %n rule(s) to these security groups:</source>
        <translation>
            <numerusform>将 %n 条规则复制到以下安全组：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::CreateUserDialog</name>
    <message>
        <location filename="../ui/projects/projectdialogs.cpp" line="+212"/>
        <source>Create User</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary project:</source>
        <translation>主项目：</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的用户已存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>“%1”不是邮箱地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>Ui::CreateVolumeDialog</name>
    <message>
        <location filename="../ui/volumes/volumedialogs.cpp" line="-308"/>
        <location line="+31"/>
        <source>Create Volume</source>
        <translation>创建云硬盘</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>No source, empty volume</source>
        <translation>无源，空云硬盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot</source>
        <translation>云硬盘快照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>云硬盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(default type)</source>
        <translation>（默认类型）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any Availability Zone</source>
        <translation>任意可用域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume Name</source>
        <translation>云硬盘名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume Source</source>
        <translation>云硬盘来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use as source</source>
        <translation>用作来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size (GiB)</source>
        <translation>大小 (GiB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability Zone</source>
        <translation>可用域</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Quota: unlimited (%1 GiB used)</source>
        <translation>配额：无限制（已使用 %1 GiB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota: %1 of %2 GiB used, %3 GiB left</source>
        <translation>配额：已使用 %1 / %2 GiB，剩余 %3 GiB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quota unknown: %1</source>
        <translation>配额未知：%1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 (%2 GiB)</source>
        <translation>%1（%2 GiB）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the %1 to create the volume from</source>
        <translation>请选择用于创建云硬盘的%1</translation>
    </message>
</context>
<context>
    <name>Ui::CrossLayerView</name>
    <message>
        <location filename="../ui/ceph/crosslayerview.cpp" line="+31"/>
        <source>Only disagreements</source>
        <translation>只看不一致项</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show only the rows where the layers disagree</source>
        <translation>只显示各层不一致的行</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy RBD Image Name</source>
        <translation>复制 RBD 映像名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy OpenStack ID</source>
        <translation>复制 OpenStack ID</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Some layers could not be read; what they would show is left out:
%1</source>
        <translation>有些层无法读取，它们的内容未显示：
%1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n row(s) where the layers disagree</source>
        <translation>
            <numerusform>%n 行各层不一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n orphaned RBD image(s)</source>
        <translation>
            <numerusform>%n 个孤立的 RBD 映像</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::DeleteProjectDialog</name>
    <message>
        <location filename="../ui/projects/projectdialogs.cpp" line="-163"/>
        <source>Delete Project %1</source>
        <translation>删除项目 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;Project &lt;b&gt;%1&lt;/b&gt; still owns:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Keystone deletes the project only; these resources stay behind, owned by a project that no longer exists. Type the project&apos;s name to delete it anyway.&lt;/p&gt;</source>
        <translation>&lt;p&gt;项目 &lt;b&gt;%1&lt;/b&gt; 仍拥有：&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Keystone 只删除项目本身；这些资源会留下来，归属于一个已不存在的项目。如仍要删除，请输入项目名称。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete Project</source>
        <translation>删除项目</translation>
    </message>
</context>
<context>
    <name>Ui::GroupDialog</name>
    <message>
        <location filename="../ui/security/groupdialog.cpp" line="+26"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A security group needs a name.</source>
        <translation>安全组需要一个名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most 255 characters.</source>
        <translation>最多 255 个字符。</translation>
    </message>
</context>
<context>
    <name>Ui::HostDomainsView</name>
    <message>
        <location filename="../ui/hypervisors/hostdomainsview.cpp" line="+35"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Default</source>
        <translation>使用默认值</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The libvirt URI of this host, remembered for this cloud. qemu+ssh://, qemu+tcp://, qemu+tls:// and test:/// URIs work.</source>
        <translation>此主机的 libvirt URI，按云记住。支持 qemu+ssh://、qemu+tcp://、qemu+tls:// 和 test:/// URI。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget this host&apos;s URI and use the one from clouds.yaml or the template</source>
        <translation>忘记此主机的 URI，改用 clouds.yaml 或模板中的 URI</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>libvirt URI:</source>
        <translation>libvirt URI：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disk I/O</source>
        <translation>磁盘 I/O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of vCPUs</source>
        <translation>vCPU 的 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>all domains</source>
        <translation>所有域</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read</source>
        <translation>读</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>write</source>
        <translation>写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <translation>接收</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select a hypervisor to see its libvirt domains.</source>
        <translation>选择一个虚拟机管理器以查看其 libvirt 域。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>libvirt on %1 failed: %2</source>
        <translation>%1 上的 libvirt 出错：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n domain(s) or instance(s) disagree with Nova.</source>
        <translation>
            <numerusform>有 %n 个域或云主机与 Nova 不一致。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>libvirt and Nova agree.</source>
        <translation>libvirt 与 Nova 一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting to %1 …</source>
        <translation>正在连接 %1 …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nova&apos;s instances on this host: %1</source>
        <translation>Nova 在此主机上的云主机：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>libvirt: %1</source>
        <translation>libvirt：%1</translation>
    </message>
    <message>
        <location filename="../ui/hypervisors/domainactions.cpp" line="+45"/>
        <source>Only a shut-off domain can be started</source>
        <translation>只有已关机的域才能启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a running domain can be shut down</source>
        <translation>只有运行中的域才能关机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a running or paused domain can be forced off</source>
        <translation>只有运行中或已暂停的域才能强制关机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a running domain can be suspended</source>
        <translation>只有运行中的域才能挂起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a paused domain can be resumed</source>
        <translation>只有已暂停的域才能恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a running domain can be rebooted</source>
        <translation>只有运行中的域才能重启</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>started</source>
        <translation>已启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked to shut down</source>
        <translation>已请求关机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forced off</source>
        <translation>已强制关机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspended</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resumed</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked to reboot</source>
        <translation>已请求重启</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shut Down</source>
        <translation>关机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force Off</source>
        <translation>强制关机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reboot</source>
        <translation>重启</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Force Off…</source>
        <translation>强制关机…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not connected to libvirt on this host</source>
        <translation>未连接到此主机上的 libvirt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for libvirt to finish the last request</source>
        <translation>正在等待 libvirt 完成上一个请求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select one or more libvirt domains (instances without a domain cannot be acted on)</source>
        <translation>请选择一个或多个 libvirt 域（没有域的云主机无法操作）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 the selected domain(s) through libvirt; Nova is not told</source>
        <translation>通过 libvirt %1所选的域；不会通知 Nova</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Force off %n domain(s) on %1? Like pulling the power cord: whatever the guest has not written to disk is lost.</source>
        <translation>
            <numerusform>强制关闭 %1 上的 %n 个域？这就像拔掉电源线：客户机尚未写入磁盘的数据都会丢失。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 %n domain(s) on %2 through libvirt?</source>
        <translation>
            <numerusform>通过 libvirt %1 %2 上的 %n 个域？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nova is not told about this change. Until nova-compute&apos;s power-state sync notices it, Nova shows the old state and this view flags the disagreement; the sync may then stop or restart the instance itself.</source>
        <translation>此更改不会通知 Nova。在 nova-compute 的电源状态同步发现它之前，Nova 显示的仍是旧状态，本视图会标出这一不一致；之后同步可能会自行停止或重启该云主机。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped (%1): %2</source>
        <translation>已跳过（%1）：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force Off Domains</source>
        <translation>强制关闭域</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%1: %n domain(s) on %2 …</source>
        <translation>
            <numerusform>%1：%2 上的 %n 个域…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 on %2: %3</source>
        <translation>%2 上的 %1：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nova was not told; the drift column shows where it disagrees.</source>
        <translation>未通知 Nova；“偏差”列显示其不一致之处。</translation>
    </message>
</context>
<context>
    <name>Ui::HypervisorsPage</name>
    <message>
        <location filename="../ui/hypervisors/hypervisorspage.h" line="+31"/>
        <source>Hypervisors</source>
        <translation>虚拟机管理器</translation>
    </message>
    <message>
        <location filename="../ui/hypervisors/hypervisorspage.cpp" line="+55"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enable Service</source>
        <translation>启用服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable Service…</source>
        <translation>禁用服务…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show Instances in the Instances Tab</source>
        <translation>在云主机标签页中显示其云主机</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hypervisors and compute services need the admin role.</source>
        <translation>虚拟机管理器和计算服务需要 admin 角色。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load everything: %1</source>
        <translation>未能全部加载：%1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Needs the admin role</source>
        <translation>需要 admin 角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a hypervisor</source>
        <translation>请选择一个虚拟机管理器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nova lists no compute service for this host</source>
        <translation>Nova 没有列出此主机的计算服务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The compute service is enabled already</source>
        <translation>计算服务已经启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the scheduler place instances on this host again</source>
        <translation>允许调度器再次将云主机放到此主机上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The compute service is disabled already</source>
        <translation>计算服务已经禁用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the scheduler placing new instances on this host; running ones stay</source>
        <translation>不再让调度器将新云主机放到此主机上；已运行的保持不变</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disable Compute Service</source>
        <translation>禁用计算服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is %1 disabled? (shown to other operators; up to 255 characters)</source>
        <translation>为什么禁用 %1？（其他运维人员可见；最多 255 个字符）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The reason is too long: %1</source>
        <translation>原因太长：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nova did not enable %1: %2</source>
        <translation>Nova 未启用 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nova did not disable %1: %2</source>
        <translation>Nova 未禁用 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compute service on %1 enabled</source>
        <translation>已启用 %1 上的计算服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute service on %1 disabled</source>
        <translation>已禁用 %1 上的计算服务</translation>
    </message>
</context>
<context>
    <name>Ui::InstancesPage</name>
    <message>
        <location filename="../ui/instances/instancespage.h" line="+40"/>
        <source>Instances</source>
        <translation>云主机</translation>
    </message>
    <message>
        <location filename="../ui/instances/instanceactions.cpp" line="+34"/>
        <source>Launch Instance — some choices could not be loaded: %1</source>
        <translation>启动云主机 — 部分选项无法加载：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Launching %1…</source>
        <translation>正在启动 %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not launch %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Launched %1 (%n instance(s)).</source>
        <translation>
            <numerusform>已启动 %1（%n 个云主机）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resize %1</source>
        <translation>调整 %1 的大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New flavor (now %1):</source>
        <translation>新配置（当前为 %1）：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2 vCPU, %3 MiB RAM, %4 GB disk)</source>
        <translation>%1（%2 个 vCPU，%3 MiB 内存，%4 GB 磁盘）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Create Snapshot</source>
        <translation>创建快照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the snapshot image of %1:</source>
        <translation>%1 的快照镜像名称：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No console for %1: %2</source>
        <translation>%1 没有控制台：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Console of %1: %2</source>
        <translation>%1 的控制台：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Associate Floating IP with %1</source>
        <translation>为 %1 绑定浮动IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free floating IP of the instance&apos;s project:</source>
        <translation>云主机所在项目的空闲浮动IP：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The instance has no port.</source>
        <translation>该云主机没有端口。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not associate %1 with %2: %3</source>
        <translation>无法将 %1 绑定到 %2：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associated %1 with %2.</source>
        <translation>已将 %1 绑定到 %2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Disassociate Floating IP from %1</source>
        <translation>解除 %1 的浮动IP绑定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Floating IP:</source>
        <translation>浮动IP：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not disassociate %1 from %2: %3</source>
        <translation>无法解除 %1 与 %2 的绑定：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disassociated %1 from %2.</source>
        <translation>已解除 %1 与 %2 的绑定。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Security Groups of %1</source>
        <translation>%1 的安全组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security groups applied to every port of the instance:</source>
        <translation>应用到该云主机所有端口的安全组：</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Attach Interface to %1</source>
        <translation>为 %1 挂载网卡</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network:</source>
        <translation>网络：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not attach %1 to %2: %3</source>
        <translation>无法将 %1 挂载到 %2：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached an interface on %1 to %2.</source>
        <translation>已将 %1 上的网卡挂载到 %2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Detach Interface from %1</source>
        <translation>从 %1 卸载网卡</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not detach %1 from %2: %3</source>
        <translation>无法从 %2 卸载 %1：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detached %1 from %2.</source>
        <translation>已从 %2 卸载 %1。</translation>
    </message>
    <message>
        <location filename="../ui/instances/instancespage.cpp" line="+47"/>
        <source>Start Instance</source>
        <translation>开启云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shut Off Instance</source>
        <translation>关闭云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft Reboot Instance</source>
        <translation>软重启云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard Reboot Instance</source>
        <translation>硬重启云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause Instance</source>
        <translation>暂停云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume Paused Instance</source>
        <translation>恢复已暂停的云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend Instance</source>
        <translation>挂起云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume Suspended Instance</source>
        <translation>恢复已挂起的云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelve Instance</source>
        <translation>归档云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unshelve Instance</source>
        <translation>取消归档云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock Instance</source>
        <translation>锁定云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock Instance</source>
        <translation>解锁云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resize Instance…</source>
        <translation>调整云主机配置…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm Resize/Migrate</source>
        <translation>确认调整配置/迁移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert Resize/Migrate</source>
        <translation>还原调整配置/迁移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create Snapshot…</source>
        <translation>创建快照…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminate Instance</source>
        <translation>终止实例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Console</source>
        <translation>打开控制台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View Log</source>
        <translation>查看日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action Log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associate Floating IP…</source>
        <translation>绑定浮动IP…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disassociate Floating IP…</source>
        <translation>解除浮动IP绑定…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Security Groups…</source>
        <translation>编辑安全组…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach Interface…</source>
        <translation>挂载网卡…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detach Interface…</source>
        <translation>卸载网卡…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All projects</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show the instances of every project (all_tenants; admins only)</source>
        <translation>显示所有项目的云主机（all_tenants；仅限管理员）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot attach here: %1</source>
        <translation>无法挂载到这里：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Attaching %n volume(s) to %1…</source>
        <translation>
            <numerusform>正在将 %n 块云硬盘挂载到 %1…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not load instances: %1</source>
        <translation>无法加载云主机：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refreshing instances failed: %1</source>
        <translation>刷新云主机失败：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Launch Instance</source>
        <translation>启动云主机</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+5"/>
        <source>More Actions</source>
        <translation>更多操作</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%1: sending for %n instance(s)…</source>
        <translation>
            <numerusform>%1：正在向 %n 个云主机发送请求…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Terminate %n instance(s)? This cannot be undone.</source>
        <translation>
            <numerusform>终止 %n 个云主机？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 %n instance(s)?</source>
        <translation>
            <numerusform>%1：%n 个云主机？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::LaunchWizard</name>
    <message>
        <location filename="../ui/instances/launchwizard.cpp" line="+56"/>
        <location line="+28"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Existing volume</source>
        <translation>已有云硬盘</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Launch Instance</source>
        <translation>启动云主机</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter volumes by name, ID or image</source>
        <translation>按名称、ID 或镜像筛选云硬盘</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Flavor</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>#cloud-config …</source>
        <translation>#cloud-config …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Instance Name</source>
        <translation>云主机名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability Zone</source>
        <translation>可用域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Source and Flavor</source>
        <translation>源和配置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key Pair</source>
        <translation>密钥对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security Groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Data</source>
        <translation>用户数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks and Access</source>
        <translation>网络和访问</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Any Availability Zone</source>
        <translation>任意可用域</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+45"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>No key pair</source>
        <translation>不使用密钥对</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Choose an image to boot from</source>
        <translation>请选择用于启动的镜像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project has no available bootable volume</source>
        <translation>该项目没有可用的可启动云硬盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a bootable volume</source>
        <translation>请选择一块可启动云硬盘</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One volume boots one instance; set the count to 1 or boot from an image</source>
        <translation>一块云硬盘只能启动一台云主机；请将数量设为 1，或从镜像启动</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a flavor</source>
        <translation>请选择一个配置</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose at least one network</source>
        <translation>请至少选择一个网络</translation>
    </message>
</context>
<context>
    <name>Ui::LoginDialog</name>
    <message>
        <location filename="../ui/dialogs/logindialog.cpp" line="+18"/>
        <source>Remember in the system keychain</source>
        <translation>记住到系统密钥环</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in to %1</source>
        <translation>登录 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cloud:</source>
        <translation>云：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keystone:</source>
        <translation>Keystone：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log In</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The system keychain is unavailable: %1</source>
        <translation>系统密钥环不可用：%1</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+39"/>
        <source>Request Log</source>
        <translation>请求日志</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cloud</source>
        <translation>云</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cloud:</source>
        <translation>云：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>⚠ TLS certificates are NOT verified for this cloud</source>
        <translation>⚠ 此云的 TLS 证书未经验证</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+149"/>
        <location line="+34"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message numerus="yes">
        <location line="-176"/>
        <source>%n failed request(s) — see View ▸ Request Log</source>
        <translation>
            <numerusform>%n 个请求失败 — 见 视图 ▸ 请求日志</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload Cloud Configuration</source>
        <translation>重新加载云配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Request &amp;Log</source>
        <translation>请求日志(&amp;L)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About StackDeck</source>
        <translation>关于 StackDeck(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About StackDeck</source>
        <translation>关于 StackDeck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;StackDeck %1&lt;/h3&gt;&lt;p&gt;A desktop console for OpenStack, Ceph and KVM clouds.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;StackDeck %1&lt;/h3&gt;&lt;p&gt;面向 OpenStack、Ceph 和 KVM 云的桌面控制台。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No cloud configured</source>
        <translation>没有配置云</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot connect</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keychain unavailable: passwords are not remembered</source>
        <translation>密钥环不可用：不会记住密码</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connected to %1 as %2</source>
        <translation>已以 %2 身份连接到 %1</translation>
    </message>
</context>
<context>
    <name>Ui::MetadataDialog</name>
    <message>
        <location filename="../ui/aggregates/aggregatedialogs.cpp" line="+39"/>
        <source>Metadata of %1</source>
        <translation>%1 的元数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add Key</source>
        <translation>添加键(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove Key</source>
        <translation>移除键(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scheduler matches these keys with flavor extra specs (aggregate_instance_extra_specs) to place instances on this aggregate&apos;s hosts.</source>
        <translation>调度器将这些键与配置的额外规格（aggregate_instance_extra_specs）匹配，从而把云主机放到此主机聚合的主机上。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The key %1 appears twice</source>
        <translation>键 %1 出现了两次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>Ui::NetworkDialog</name>
    <message>
        <location filename="../ui/topology/networkdialog.cpp" line="+23"/>
        <source>Create Network</source>
        <translation>创建网络</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the first address when empty</source>
        <translation>留空时为第一个地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network name</source>
        <translation>网络名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subnet CIDR</source>
        <translation>子网 CIDR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway IP</source>
        <translation>网关 IP</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A network needs a name.</source>
        <translation>网络需要一个名称。</translation>
    </message>
</context>
<context>
    <name>Ui::NoCloudPage</name>
    <message>
        <location filename="../ui/mainwindow/nocloudpage.cpp" line="+20"/>
        <source>Look Again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;h2&gt;No cloud configured&lt;/h2&gt;&lt;p&gt;StackDeck reads the same &lt;code&gt;clouds.yaml&lt;/code&gt; as the &lt;code&gt;openstack&lt;/code&gt; command. Add your cloud to &lt;code&gt;~/.config/openstack/clouds.yaml&lt;/code&gt;, for example:&lt;/p&gt;&lt;pre&gt;clouds:
  mycloud:
    auth:
      auth_url: https://keystone.example.com:5000/v3
      username: admin
      project_name: admin
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne&lt;/pre&gt;&lt;p&gt;Keep the password out of that file: StackDeck asks for it and can keep it in the system keychain, or reads it from &lt;code&gt;secure.yaml&lt;/code&gt; or &lt;code&gt;OS_PASSWORD&lt;/code&gt;. Setting &lt;code&gt;OS_AUTH_URL&lt;/code&gt; and the other &lt;code&gt;OS_*&lt;/code&gt; variables works too. To try StackDeck on a demo cloud started on this machine, run &lt;code&gt;tests/cloud/localcloud up&lt;/code&gt; from the source tree.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Looked in:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;没有配置云&lt;/h2&gt;&lt;p&gt;StackDeck 读取的 &lt;code&gt;clouds.yaml&lt;/code&gt; 与 &lt;code&gt;openstack&lt;/code&gt; 命令相同。请将您的云添加到 &lt;code&gt;~/.config/openstack/clouds.yaml&lt;/code&gt;，例如：&lt;/p&gt;&lt;pre&gt;clouds:
  mycloud:
    auth:
      auth_url: https://keystone.example.com:5000/v3
      username: admin
      project_name: admin
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne&lt;/pre&gt;&lt;p&gt;不要把密码写进该文件：StackDeck 会询问密码，并可将其保存在系统密钥环中，也可以从 &lt;code&gt;secure.yaml&lt;/code&gt; 或 &lt;code&gt;OS_PASSWORD&lt;/code&gt; 读取。设置 &lt;code&gt;OS_AUTH_URL&lt;/code&gt; 及其他 &lt;code&gt;OS_*&lt;/code&gt; 环境变量同样可行。要在本机启动的演示云上试用 StackDeck，请在源码目录中运行 &lt;code&gt;tests/cloud/localcloud up&lt;/code&gt;。&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;已查找：&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>Ui::PlaceholderPage</name>
    <message>
        <location filename="../ui/common/placeholderpage.cpp" line="+18"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;This tab is not built yet. It will show live data from the cloud once it is; until then it shows nothing rather than invented data.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;此标签页尚未完成。完成后将显示来自云的实时数据；在此之前它什么也不显示，而不是显示虚构的数据。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+18"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language takes effect when StackDeck is started again.</source>
        <translation>新的语言将在 StackDeck 重新启动后生效。</translation>
    </message>
</context>
<context>
    <name>Ui::ProjectDetails</name>
    <message>
        <location filename="../ui/projects/projectdetails.cpp" line="+51"/>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>Quotas</source>
        <translation>配额</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+134"/>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>RAM (GiB)</source>
        <translation>内存 (GiB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+131"/>
        <source>Instances</source>
        <translation>云主机</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Volume storage (GiB)</source>
        <translation>云硬盘存储 (GiB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <source>Volumes</source>
        <translation>云硬盘</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+131"/>
        <source>Floating IPs</source>
        <translation>浮动IP</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Compare all projects by:</source>
        <translation>按以下指标比较所有项目：</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+182"/>
        <location line="+11"/>
        <source>Add Member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location line="-191"/>
        <location line="+254"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="-249"/>
        <location line="+296"/>
        <source>Create User</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>Apply Quota Changes</source>
        <translation>应用配额修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quota not changed</source>
        <translation>配额未修改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some quotas could not be read: %1</source>
        <translation>部分配额无法读取：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only administrators can see who belongs to this project (Keystone refused the list of role assignments).</source>
        <translation>只有管理员才能查看此项目的成员（Keystone 拒绝列出角色分配）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not load the members: %1</source>
        <translation>无法加载成员：%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select a project to see its members and quotas.</source>
        <translation>选择一个项目以查看其成员和配额。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — members and quotas</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 成员和配额</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Security Groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume Storage</source>
        <translation>云硬盘存储</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: usage of quota</source>
        <translation>%1：配额使用量</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All projects: %1</source>
        <translation>所有项目：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Needs the admin role</source>
        <translation>需要 admin 角色</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the selected role assignments</source>
        <translation>移除所选的角色分配</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a quota to change it; -1 is unlimited</source>
        <translation>双击配额即可修改；-1 表示无限制</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+110"/>
        <source>Keystone refused: %1</source>
        <translation>Keystone 拒绝了请求：%1</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Role granted on %1</source>
        <translation>已在 %1 上授予角色</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove Members</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove these role assignments from %1?

%2</source>
        <translation>从 %1 中移除以下角色分配？

%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: not removed: %2</source>
        <translation>%1：未移除：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: removed</source>
        <translation>%1：已移除</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>User %1 created</source>
        <translation>已创建用户 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lower Quotas Below Usage?</source>
        <translation>将配额降到使用量以下？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply Anyway</source>
        <translation>仍然应用</translation>
    </message>
</context>
<context>
    <name>Ui::ProjectDialog</name>
    <message>
        <location filename="../ui/projects/projectdialogs.cpp" line="-78"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A project named &quot;%1&quot; already exists in this domain.</source>
        <translation>此域中已存在名为“%1”的项目。</translation>
    </message>
</context>
<context>
    <name>Ui::ProjectsPage</name>
    <message>
        <location filename="../ui/projects/projectspage.h" line="+29"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/projects/projectspage.cpp" line="+51"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch to Project</source>
        <translation>切换到项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+98"/>
        <source>Scope every tab to the selected project</source>
        <translation>让所有标签页都限定在所选项目内</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+143"/>
        <location line="+11"/>
        <source>Create Project</source>
        <translation>创建项目</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable</source>
        <translation>禁用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Copy Project ID</source>
        <translation>复制项目 ID</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not load projects: %1</source>
        <translation>无法加载项目：%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Select a project</source>
        <translation>请选择一个项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A disabled project cannot be used</source>
        <translation>已禁用的项目无法使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the current project</source>
        <translation>这就是当前项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs the admin role</source>
        <translation>需要 admin 角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a project</source>
        <translation>创建一个项目</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You cannot disable the project you are working in</source>
        <translation>无法禁用您正在使用的项目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot delete the project you are working in</source>
        <translation>无法删除您正在使用的项目</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Keystone did not create %1: %2</source>
        <translation>Keystone 未创建 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project %1 created</source>
        <translation>已创建项目 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+16"/>
        <source>Edit Project</source>
        <translation>编辑项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keystone did not change %1: %2</source>
        <translation>Keystone 未修改 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project %1 changed</source>
        <translation>已修改项目 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project %1 enabled</source>
        <translation>已启用项目 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project %1 disabled</source>
        <translation>已禁用项目 %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+9"/>
        <location line="+4"/>
        <source>Delete Project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Keystone did not delete %1: %2</source>
        <translation>Keystone 未删除 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project %1 deleted</source>
        <translation>已删除项目 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete project %1? It owns no instances, volumes or networks.</source>
        <translation>删除项目 %1？它没有任何云主机、云硬盘或网络。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(could not check %1: %2)</source>
        <translation>（无法检查 %1：%2）</translation>
    </message>
</context>
<context>
    <name>Ui::RbdBackingPane</name>
    <message>
        <location filename="../ui/volumes/rbdbackingpane.cpp" line="+70"/>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protected</source>
        <translation>受保护</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the RBD image from Ceph again</source>
        <translation>从 Ceph 重新读取 RBD 镜像</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Provisioned:</source>
        <translation>已分配：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used:</source>
        <translation>已使用：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features:</source>
        <translation>特性：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent:</source>
        <translation>父镜像：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watchers:</source>
        <translation>监视者：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a volume to see the RBD image behind it.</source>
        <translation>选择一块云硬盘以查看其背后的 RBD 镜像。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>RBD image</source>
        <translation>RBD 镜像</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>RBD image of %1</source>
        <translation>%1 的 RBD 镜像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RBD image %1</source>
        <translation>RBD 镜像 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no RBD image: no backend holds it (state %2).</source>
        <translation>%1 没有 RBD 镜像：没有后端保存它（状态 %2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is on backend %2, which is not RBD: there is no image in Ceph to show.</source>
        <translation>%1 位于非 RBD 的后端 %2：Ceph 中没有可显示的镜像。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No Ceph connection is configured for this cloud, so the RBD image cannot be read. Set one in the Ceph tab&apos;s connection settings, or give ceph_conf and ceph_keyring under stackdeck: in clouds.yaml.</source>
        <translation>此云未配置 Ceph 连接，因此无法读取 RBD 镜像。请在 Ceph 标签页的连接设置中配置，或在 clouds.yaml 的 stackdeck: 下提供 ceph_conf 和 ceph_keyring。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading %1 from Ceph…</source>
        <translation>正在从 Ceph 读取 %1…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not read %1 from Ceph: %2</source>
        <translation>无法从 Ceph 读取 %1：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ceph has no image %1.</source>
        <translation>Ceph 中没有镜像 %1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2% of provisioned)</source>
        <translation>%1（已分配的 %2%）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not measured (fast-diff is not enabled on this image)</source>
        <translation>未测量（此镜像未启用 fast-diff）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody has it open</source>
        <translation>无人打开</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n client(s) have it open</source>
        <translation>
            <numerusform>%n 个客户端打开了它</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client.%1 at %2</source>
        <translation>client.%1，位于 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Ui::ReachabilityDialog</name>
    <message>
        <location filename="../ui/security/reachabilitydialog.cpp" line="+28"/>
        <source>Reachability</source>
        <translation>可达性</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Security Group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it matches</source>
        <translation>匹配原因</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From instance</source>
        <translation>源云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To instance</source>
        <translation>目标云主机</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose two instances.</source>
        <translation>请选择两个云主机。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Egress from %1</source>
        <translation>%1 的出口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingress to %1</source>
        <translation>%1 的入口</translation>
    </message>
</context>
<context>
    <name>Ui::RequestLogPanel</name>
    <message>
        <location filename="../ui/mainwindow/requestlogpanel.cpp" line="+32"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>Ui::RoleAssignmentDialog</name>
    <message>
        <location filename="../ui/projects/projectdialogs.cpp" line="+46"/>
        <source>Add Member to %1</source>
        <translation>向 %1 添加成员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User or group:</source>
        <translation>用户或组：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
</context>
<context>
    <name>Ui::RuleDialog</name>
    <message>
        <location filename="../ui/security/ruledialog.cpp" line="+53"/>
        <source>Ingress</source>
        <translation>入口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egress</source>
        <translation>出口</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any</source>
        <translation>任何</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A protocol name or an IP protocol number 0–255</source>
        <translation>协议名称或 0–255 的 IP 协议号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security Group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0.0.0.0/0 when empty</source>
        <translation>留空时为 0.0.0.0/0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (this group)</source>
        <translation>%1（本组）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EtherType</source>
        <translation>以太网类型 (EtherType)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP Protocol</source>
        <translation>IP协议</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remote</source>
        <translation>远端</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remote IP Prefix / Group</source>
        <translation>远端IP前缀 / 安全组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>ICMP type</source>
        <translation>ICMP 类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From port</source>
        <translation>起始端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICMP code</source>
        <translation>ICMP 代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To port</source>
        <translation>结束端口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any type</source>
        <translation>任何类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1–65535; empty for all</source>
        <translation>1–65535；留空表示全部</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>not used</source>
        <translation>不使用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>any code</source>
        <translation>任何代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the same as From for one port</source>
        <translation>单个端口时与起始端口相同</translation>
    </message>
</context>
<context>
    <name>Ui::SecurityPage</name>
    <message>
        <location filename="../ui/security/securitypage.cpp" line="+43"/>
        <source>All projects</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show the security groups of every project (admin)</source>
        <translation>显示所有项目的安全组（管理员）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit Group</source>
        <translation>编辑安全组</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copy to Groups…</source>
        <translation>复制到安全组…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reachability…</source>
        <translation>可达性…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Could not load security groups: %1</source>
        <translation>无法加载安全组：%1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Select a security group to see its rules.</source>
        <translation>选择一个安全组以查看其规则。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Security group rules: %1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;管理安全组规则：%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit: %1</source>
        <translation>审计：%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not connected to a cloud</source>
        <translation>未连接到云</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a security group first</source>
        <translation>请先选择一个安全组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one or more rules first</source>
        <translation>请先选择一条或多条规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a security group in the current project</source>
        <translation>在当前项目中创建安全组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the group or change its description</source>
        <translation>重命名安全组或修改其描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the group (refused while ports use it)</source>
        <translation>删除安全组（有端口在使用时会被拒绝）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a rule to this group (Insert)</source>
        <translation>向此安全组添加规则 (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select exactly one rule to edit</source>
        <translation>请只选择一条要编辑的规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the rule: the new one is created first, then the old one is deleted (F2)</source>
        <translation>替换规则：先创建新规则，再删除旧规则 (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected rules (Delete)</source>
        <translation>删除所选规则 (Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no other group to copy to</source>
        <translation>没有可复制到的其他安全组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected rules to other groups</source>
        <translation>将所选规则复制到其他安全组</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reachability needs at least two instances with ports</source>
        <translation>可达性分析至少需要两个带端口的云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which rules let one instance reach another</source>
        <translation>哪些规则允许一个云主机访问另一个</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/security/securitypage.h" line="+40"/>
        <source>Security Rules</source>
        <translation>安全组规则</translation>
    </message>
    <message>
        <location filename="../ui/security/securityactions.cpp" line="+38"/>
        <source>refused as a conflict (HTTP 409): %1</source>
        <translation>因冲突被拒绝 (HTTP 409)：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../ui/security/securitypage.cpp" line="-205"/>
        <source>Add Rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The rule was not added: %1</source>
        <translation>规则未添加：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added rule %1</source>
        <translation>已添加规则 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/security/securitypage.cpp" line="+3"/>
        <source>Edit Rule</source>
        <translation>编辑规则</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The rule was not changed: creating its replacement failed: %1</source>
        <translation>规则未修改：创建替换规则失败：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The new rule %1 was created, but the old rule %2 could not be deleted: %3. Both are in the group now; delete the old one when the cause is fixed.</source>
        <translation>新规则 %1 已创建，但旧规则 %2 无法删除：%3。现在两条规则都在安全组中；请在问题解决后删除旧规则。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replaced rule %1 with %2</source>
        <translation>已用 %2 替换规则 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <location filename="../ui/security/securitypage.cpp" line="+3"/>
        <source>Delete Rule</source>
        <translation>删除规则</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>Delete %n rule(s) from %1?</source>
        <translation>
            <numerusform>从 %1 中删除 %n 条规则？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Deleted %n rule(s)</source>
        <translation>
            <numerusform>已删除 %n 条规则</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted %1 of %2 rules. Not deleted:
%3</source>
        <translation>已删除 %1 条规则，共 %2 条。未删除：
%3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>already there</source>
        <translation>已存在</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1: %n copied</source>
        <translation>
            <numerusform>%1：已复制 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy rules:
%1</source>
        <translation>复制规则：
%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../ui/security/securitypage.cpp" line="-16"/>
        <source>Create Security Group</source>
        <translation>创建安全组</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The security group was not created: %1</source>
        <translation>安全组未创建：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created security group %1</source>
        <translation>已创建安全组 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit Security Group</source>
        <translation>编辑安全组</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The security group was not changed: %1</source>
        <translation>安全组未修改：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved security group %1</source>
        <translation>已保存安全组 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>instance %1</source>
        <translation>云主机 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Security group %1 is in use by %n port(s) and cannot be deleted. Users:
%2</source>
        <translation>
            <numerusform>安全组 %1 正被 %n 个端口使用，无法删除。使用者：
%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The default security group of a project cannot be deleted while the project exists.</source>
        <translation>项目存在期间无法删除其 default 安全组。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Security Group</source>
        <translation>删除安全组</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Delete security group %1 and its %n rule(s)?</source>
        <translation>
            <numerusform>删除安全组 %1 及其 %n 条规则？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/security/securitypage.cpp" line="+4"/>
        <source>Delete Group</source>
        <translation>删除安全组</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Security group %1 was not deleted: %2</source>
        <translation>安全组 %1 未删除：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted security group %1</source>
        <translation>已删除安全组 %1</translation>
    </message>
</context>
<context>
    <name>Ui::ServerDetailsPane</name>
    <message>
        <location filename="../ui/instances/serverdetailspane.cpp" line="+113"/>
        <source>Select an instance to see its details.</source>
        <translation>选择一个云主机以查看其详情。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power State</source>
        <translation>电源状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes: %1</source>
        <translation>是：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flavor</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>规格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 vCPU, %2 RAM, %3 GB disk, %4 GB ephemeral</source>
        <translation>%1 个 vCPU，%2 内存，%3 GB 磁盘，%4 GB 临时磁盘</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key Pair</source>
        <translation>密钥对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability Zone</source>
        <translation>可用域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security Groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP Addresses</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launched</source>
        <translation>启动时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host ID</source>
        <translation>主机 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hypervisor</source>
        <translation>虚拟机管理器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libvirt Domain</source>
        <translation>libvirt 域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host Status</source>
        <translation>主机状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interfaces</source>
        <translation>网卡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed IPs</source>
        <translation>固定 IP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Floating IPs</source>
        <translation>浮动IP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Attached Volumes</source>
        <translation>已连接的云硬盘</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on %1</source>
        <translation>在 %1 上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted with the instance</source>
        <translation>随云主机一起删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fault Details</source>
        <translation>故障详情</translation>
    </message>
</context>
<context>
    <name>Ui::TablePanel</name>
    <message>
        <location filename="../ui/common/tablepanel.cpp" line="+33"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message numerus="yes">
        <location line="+130"/>
        <source>Displaying %n item(s)</source>
        <translation>
            <numerusform>正在显示 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displaying %1 of %2 items</source>
        <translation>正在显示 %1 项，共 %2 项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>Ui::TopologyPage</name>
    <message>
        <location filename="../ui/topology/topologyactions.cpp" line="+35"/>
        <source>in use or in conflict (HTTP 409): %1</source>
        <translation>正在使用或存在冲突 (HTTP 409)：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/topology/topologypage.cpp" line="+464"/>
        <location filename="../ui/topology/topologypage.h" line="+55"/>
        <source>Network Topology</source>
        <translation>网络拓扑</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not connected to a cloud</source>
        <translation>未连接到云</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create Network…</source>
        <translation>创建网络…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Router…</source>
        <translation>新建路由…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Launch Instance on this network…</source>
        <translation>在此网络上启动云主机…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expand</source>
        <translation>展开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collapse</source>
        <translation>折叠</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add Interface…</source>
        <translation>添加接口…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove Interface…</source>
        <translation>删除接口…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>The router has no interface</source>
        <translation>该路由没有接口</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Clear Gateway</source>
        <translation>清除网关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set Gateway…</source>
        <translation>设置网关…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no external network</source>
        <translation>没有外部网络</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trace Path</source>
        <translation>追踪路径</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy ID</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Network %1 was not created: %2</source>
        <translation>网络 %1 未创建：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Created network %1 with subnet %2</source>
        <translation>已创建网络 %1 及子网 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network %1 was created but its subnet %2 was refused: %3</source>
        <translation>网络 %1 已创建，但其子网 %2 被拒绝：%3</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../ui/topology/topologypage.cpp" line="-372"/>
        <source>New Router</source>
        <translation>新建路由</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No gateway</source>
        <translation>无网关</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Router name</source>
        <translation>路由名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External network</source>
        <translation>外部网络</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Created router %1</source>
        <translation>已创建路由 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The router was not created: %1</source>
        <translation>路由未创建：%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Every subnet is already on this router</source>
        <translation>所有子网都已连接到此路由</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add Interface</source>
        <translation>添加接口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove Interface</source>
        <translation>删除接口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Added interface on %1</source>
        <translation>已在 %1 上添加接口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed interface on %1</source>
        <translation>已删除 %1 上的接口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interface was not added: %1</source>
        <translation>接口未添加：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The interface was not removed: %1</source>
        <translation>接口未删除：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overlapping subnets</source>
        <translation>子网重叠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 overlaps %2 already on this router; Neutron will refuse it or routing will be ambiguous. Send anyway?</source>
        <translation>%1 与此路由上已有的 %2 重叠；Neutron 会拒绝，或者路由将产生歧义。仍然发送？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send Anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Set the gateway of %1</source>
        <translation>已设置 %1 的网关</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cleared the gateway of %1</source>
        <translation>已清除 %1 的网关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gateway was not set: %1</source>
        <translation>网关未设置：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The gateway was not cleared: %1</source>
        <translation>网关未清除：%1</translation>
    </message>
    <message>
        <location filename="../ui/topology/listactions.cpp" line="+88"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+53"/>
        <location line="+70"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+85"/>
        <location line="+67"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+44"/>
        <location line="+8"/>
        <location line="+70"/>
        <source>Enable Admin State</source>
        <translation>启用管理状态</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Subnet Name</source>
        <translation>子网名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway IP (%1)</source>
        <translation>网关 IP（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable DHCP</source>
        <translation>启用 DHCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS Name Servers</source>
        <translation>DNS 服务器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One address a line</source>
        <translation>每行一个地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation Pools</source>
        <translation>分配地址池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One start-end range a line, e.g. 192.168.11.10-192.168.11.200</source>
        <translation>每行一个 起始-结束 范围，例如 192.168.11.10-192.168.11.200</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Router Name</source>
        <translation>路由名称</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Security Groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Port security is disabled on this port: it cannot have security groups.</source>
        <translation>此端口已禁用端口安全：不能设置安全组。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+71"/>
        <source>Not associated</source>
        <translation>未关联</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+71"/>
        <source>Port to be associated</source>
        <translation>待关联的端口</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>%1 is no longer there; refresh the list</source>
        <translation>%1 已不存在；请刷新列表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Updated %1</source>
        <translation>已更新 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not updated: %2</source>
        <translation>%1 未更新：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no network to create a port on</source>
        <translation>没有可以创建端口的网络</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create Port</source>
        <translation>创建端口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created port %1</source>
        <translation>已创建端口 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The port was not created: %1</source>
        <translation>端口未创建：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no external network to allocate a floating IP from</source>
        <translation>没有可以分配浮动IP的外部网络</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allocate Floating IP</source>
        <translation>分配浮动IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pool</source>
        <translation>地址池</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Allocated floating IP %1</source>
        <translation>已分配浮动IP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No floating IP was allocated: %1</source>
        <translation>未分配浮动IP：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <location line="+31"/>
        <location filename="../ui/topology/topologyactions.cpp" line="+32"/>
        <location line="+4"/>
        <location filename="../ui/topology/topologypage.cpp" line="+99"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <location line="-36"/>
        <source>Delete %n item(s)? This cannot be undone.</source>
        <translation>
            <numerusform>删除 %n 项？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in use (HTTP 409): %1</source>
        <translation>正在使用（HTTP 409）：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologyactions.cpp" line="-4"/>
        <source>Delete %1?</source>
        <translation>删除 %1？</translation>
    </message>
    <message>
        <location filename="../ui/topology/listactions.cpp" line="-3"/>
        <location filename="../ui/topology/topologyactions.cpp" line="+9"/>
        <source>Deleted %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologyactions.cpp" line="+1"/>
        <source>%1 was not deleted: %2</source>
        <translation>%1 未删除：%2</translation>
    </message>
    <message>
        <location filename="../ui/topology/topologypage.cpp" line="-131"/>
        <source>All projects</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instances</source>
        <translation>云主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DHCP and service ports</source>
        <translation>DHCP 和服务端口</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create Network</source>
        <translation>创建网络</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Image…</source>
        <translation>导出图片…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Map</source>
        <translation>导出拓扑图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the map to %1</source>
        <translation>已将拓扑图保存到 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Layered</source>
        <translation>分层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grouped</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Find by name, IP or ID (Enter: next)</source>
        <translation>按名称、IP 或 ID 查找（回车：下一个）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Map</source>
        <translation>拓扑图</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select one row to edit</source>
        <translation>请选择一行进行编辑</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select what to delete</source>
        <translation>请选择要删除的内容</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Launch Instance…</source>
        <translation>启动云主机…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Launch an instance on the selected network</source>
        <translation>在所选网络上启动云主机</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select one network to launch an instance on</source>
        <translation>请选择一个网络来启动云主机</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subnets</source>
        <translation>子网</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routers</source>
        <translation>路由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create Port…</source>
        <translation>创建端口…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Floating IPs</source>
        <translation>浮动IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocate IP…</source>
        <translation>分配 IP…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Could not load the topology: %1</source>
        <translation>无法加载拓扑：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>instance names unavailable: %1</source>
        <translation>无法获取云主机名称：%1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 networks, %2 routers, %3 instances, %4 floating IPs — %5 added, %6 removed, %7 changed in %8 ms</source>
        <translation>%1 个网络，%2 个路由，%3 个云主机，%4 个浮动IP — 新增 %5，删除 %6，变更 %7，耗时 %8 毫秒</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing matches &quot;%1&quot;</source>
        <translation>没有与“%1”匹配的项</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 matches</source>
        <translation>第 %1 个匹配，共 %2 个</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;p&gt;Click a node for its details. Click an instance to trace its path out of the cloud; click a &lt;b&gt;+N&lt;/b&gt; badge to expand a network.&lt;/p&gt;</source>
        <translation>&lt;p&gt;单击节点查看其详情。单击云主机可追踪其通往云外部的路径；单击 &lt;b&gt;+N&lt;/b&gt; 标记可展开网络。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orphaned</source>
        <translation>孤立</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this port&apos;s instance no longer exists</source>
        <translation>此端口所属的云主机已不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>连接</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>&lt;p&gt;%n instance(s) collapsed; click the badge to expand.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;已折叠 %n 个云主机；单击标记可展开。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/topology/topologylaunch.cpp" line="+34"/>
        <location line="+53"/>
        <source>Launch Instance</source>
        <translation>启动云主机</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>%1 belongs to project %2. An instance launched now would belong to the project you are working in (%3). Switch to project %2 and launch there?</source>
        <translation>%1 属于项目 %2。现在启动的云主机将属于您当前所在的项目（%3）。要切换到项目 %2 并在那里启动吗？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Switch and Launch</source>
        <translation>切换并启动</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Switching to project %1 to launch there…</source>
        <translation>正在切换到项目 %1 以在那里启动…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Launch Instance on %1</source>
        <translation>在 %1 上启动云主机</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Launch Instance on %1 — some choices could not be loaded: %2</source>
        <translation>在 %1 上启动云主机 — 部分选项未能加载：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Launching %1 on %2…</source>
        <translation>正在 %2 上启动 %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not launch %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Launched %1 on %2; it appears on the map once Nova has plugged it in</source>
        <translation>已在 %2 上启动 %1；Nova 接入网络后它会出现在拓扑图上</translation>
    </message>
</context>
<context>
    <name>Ui::VolumeDropTarget</name>
    <message>
        <location filename="../ui/instances/volumedroptarget.cpp" line="+62"/>
        <source>Drop the volumes on an instance</source>
        <translation>将云硬盘拖放到云主机上</translation>
    </message>
</context>
<context>
    <name>Ui::VolumesPage</name>
    <message>
        <location filename="../ui/volumes/volumespage.cpp" line="+62"/>
        <source>All projects</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+313"/>
        <location filename="../ui/volumes/volumespage.h" line="+58"/>
        <source>Volumes</source>
        <translation>云硬盘</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>Volume Snapshots</source>
        <translation>云硬盘快照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume Backups</source>
        <translation>卷备份</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show the volumes of every project (admin)</source>
        <translation>显示所有项目的云硬盘（管理员）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not load volumes: %1</source>
        <translation>无法加载云硬盘：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load snapshots: %1</source>
        <translation>无法加载快照：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load backups: %1</source>
        <translation>无法加载备份：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refreshing failed: %1</source>
        <translation>刷新失败：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volume %1 is now %2</source>
        <translation>云硬盘 %1 现在的状态为 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume %1 is deleted</source>
        <translation>云硬盘 %1 已删除</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create Volume</source>
        <translation>创建云硬盘</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attach Volume</source>
        <translation>挂载云硬盘</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create Snapshot</source>
        <translation>创建快照</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create Backup</source>
        <translation>创建备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload to Image</source>
        <translation>上传为镜像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept Transfer</source>
        <translation>接受转让</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toggle Bootable</source>
        <translation>切换可启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset State</source>
        <translation>重置状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create Volume from Snapshot</source>
        <translation>从快照创建云硬盘</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>More Actions</source>
        <translation>更多操作</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Select a volume to see the RBD image behind it.</source>
        <translation>选择一块云硬盘以查看其背后的 RBD 镜像。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n volume(s) selected: select one to see its RBD image.</source>
        <translation>
            <numerusform>已选择 %n 块云硬盘：请只选择一块以查看其 RBD 镜像。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+62"/>
        <source>Not connected to a cloud</source>
        <translation>未连接到云</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select a volume first</source>
        <translation>请先选择一个云硬盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select exactly one volume</source>
        <translation>请只选择一个云硬盘</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select one snapshot</source>
        <translation>请选择一个快照</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select one or more snapshots</source>
        <translation>请选择一个或多个快照</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select one backup</source>
        <translation>请选择一个备份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select one or more backups</source>
        <translation>请选择一个或多个备份</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is in state %2. What Cinder allows next: %3</source>
        <translation>%1 的状态为 %2。Cinder 接下来允许的操作：%3</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%1: %n succeeded</source>
        <translation>
            <numerusform>%1：%n 个成功</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Cannot attach %1: %2</source>
        <translation>无法挂载 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attach to %1</source>
        <translation>连接到 %1</translation>
    </message>
    <message>
        <location filename="../ui/volumes/volumeactions.cpp" line="+51"/>
        <source>Creating volume %1 (%2 GiB)</source>
        <translation>正在创建云硬盘 %1（%2 GiB）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/volumes/volumespage.cpp" line="-351"/>
        <source>Edit Volume</source>
        <translation>编辑云硬盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume Name</source>
        <translation>云硬盘名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+145"/>
        <location line="+21"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Volume %1 updated</source>
        <translation>已更新云硬盘 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../ui/volumes/volumespage.cpp" line="+1"/>
        <source>Extend Volume</source>
        <translation>扩容云硬盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is %2 GiB. A volume can only grow.</source>
        <translation>%1 当前为 %2 GiB。云硬盘只能扩容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Size (GiB)</source>
        <translation>新大小 (GiB)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Extending %1 to %2 GiB</source>
        <translation>正在将 %1 扩容到 %2 GiB</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/volumes/volumespage.cpp" line="+2"/>
        <source>Change Volume Type</source>
        <translation>更改云硬盘类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is of type %2.</source>
        <translation>%1 的类型为 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration Policy</source>
        <translation>迁移策略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never (fail if the data would have to move)</source>
        <translation>从不（需要迁移数据时失败）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On demand (move the data to the new backend)</source>
        <translation>按需（将数据迁移到新后端）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a type</source>
        <translation>请选择一个类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The volume is already of type %1</source>
        <translation>云硬盘的类型已经是 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changing the type of %1 to %2</source>
        <translation>正在将 %1 的类型更改为 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2 GiB, %3)</source>
        <translation>%1（%2 GiB，%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location filename="../ui/volumes/volumespage.cpp" line="+2"/>
        <source>Delete Volumes</source>
        <translation>删除云硬盘</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>Delete %n volume(s)? Their data and RBD images are gone for good.</source>
        <translation>
            <numerusform>删除 %n 个云硬盘？其数据和 RBD 映像将被永久删除。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Attaching %1 to %2</source>
        <translation>正在将 %1 挂载到 %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 from %2 (%3)</source>
        <translation>%1（%2 上的 %3）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Running: %1. Unmount the file systems inside first, or data not yet written may be lost.</source>
        <translation>运行中的云主机：%1。请先在云主机内卸载文件系统，否则尚未写入的数据可能丢失。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location filename="../ui/volumes/volumespage.cpp" line="+4"/>
        <source>Detach Volume</source>
        <translation>卸载云硬盘</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>Detach %n volume(s)?</source>
        <translation>
            <numerusform>卸载 %n 个云硬盘？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detach</source>
        <translation>卸载</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create Volume Snapshot</source>
        <translation>创建云硬盘快照</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A snapshot of %1.</source>
        <translation>%1 的快照。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshot Name</source>
        <translation>快照名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The volume is attached: the snapshot is crash-consistent unless the instance is quiesced.</source>
        <translation>云硬盘已连接：除非云主机已静默，否则快照只具备崩溃一致性。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the snapshot</source>
        <translation>请为快照命名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating snapshot %1 of %2</source>
        <translation>正在为 %2 创建快照 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create Volume Backup</source>
        <translation>创建卷备份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A backup of %1.</source>
        <translation>%1 的备份。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup Name</source>
        <translation>备份名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incremental (needs an earlier full backup)</source>
        <translation>增量（需要先有一个完整备份）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating backup %1 of %2</source>
        <translation>正在为 %2 创建备份 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Upload Volume to Image</source>
        <translation>将云硬盘上传为镜像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Glance gets a copy of %1.</source>
        <translation>Glance 将获得 %1 的一份副本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image Name</source>
        <translation>镜像名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk Format</source>
        <translation>磁盘格式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the image</source>
        <translation>请为镜像命名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uploading %1 to image %2</source>
        <translation>正在将 %1 上传为镜像 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/volumes/volumespage.cpp" line="+7"/>
        <source>Create Transfer</source>
        <translation>创建转让</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer %1 to another project. The receiver needs the transfer id and the authorization key shown next; the key is shown only once.</source>
        <translation>将 %1 转让给另一个项目。接收方需要接下来显示的转让 ID 和授权密钥；密钥只显示一次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transfer Name</source>
        <translation>转让名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer of %1 created</source>
        <translation>已创建 %1 的转让</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transfer Created</source>
        <translation>转让已创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the receiver these two values:</source>
        <translation>请将以下两个值交给接收方：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfer ID: %1
Authorization Key: %2</source>
        <translation>转让 ID：%1
授权密钥：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accept Volume Transfer</source>
        <translation>接受云硬盘转让</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The volume moves into the current project.</source>
        <translation>云硬盘将移入当前项目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer ID</source>
        <translation>转让 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization Key</source>
        <translation>授权密钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both the transfer id and the key are needed</source>
        <translation>转让 ID 和密钥都需要填写</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transfer accepted</source>
        <translation>已接受转让</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Toggle bootable</source>
        <translation>切换可启动</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reset Volume State</source>
        <translation>重置云硬盘状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the database changes; nothing happens on the backend. Use it when you have checked the volume&apos;s real state in Ceph.</source>
        <translation>只修改数据库，后端不会有任何变化。请在 Ceph 中确认云硬盘的真实状态后再使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-use</source>
        <translation>正在使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset state to %1</source>
        <translation>将状态重置为%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location filename="../ui/volumes/volumespage.cpp" line="+4"/>
        <source>Force Delete</source>
        <translation>强制删除</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>Force-delete %n volume(s) whatever their state?</source>
        <translation>
            <numerusform>不论状态如何，强制删除 %n 个云硬盘？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cinder skips its state checks: the backend image is removed if it exists.</source>
        <translation>Cinder 将跳过状态检查：后端映像如果存在将被删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Force delete</source>
        <translation>强制删除</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <location filename="../ui/volumes/volumespage.cpp" line="+3"/>
        <source>Delete Snapshots</source>
        <translation>删除快照</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>Delete %n snapshot(s)?</source>
        <translation>
            <numerusform>删除 %n 个快照？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+63"/>
        <location filename="../ui/volumes/volumespage.cpp" line="+147"/>
        <location line="+108"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Deleting snapshots: %1</source>
        <translation>正在删除快照：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some snapshots could not be deleted:
%1</source>
        <translation>部分快照无法删除：
%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A new volume</source>
        <translation>新云硬盘</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 GiB, overwritten)</source>
        <translation>%1（%2 GiB，将被覆盖）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore Volume Backup</source>
        <translation>恢复卷备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore %1 (%2 GiB).</source>
        <translation>恢复 %1（%2 GiB）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore into</source>
        <translation>恢复到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring backup %1</source>
        <translation>正在恢复备份 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <location filename="../ui/volumes/volumespage.cpp" line="-251"/>
        <source>Delete Backups</source>
        <translation>删除备份</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>Delete %n backup(s)?</source>
        <translation>
            <numerusform>删除 %n 个备份？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleting backups: %1</source>
        <translation>正在删除备份：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some backups could not be deleted:
%1</source>
        <translation>部分备份无法删除：
%1</translation>
    </message>
</context>
</TS>
