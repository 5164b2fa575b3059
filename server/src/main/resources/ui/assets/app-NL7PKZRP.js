var ve,Ms,Zc,Zt,Gr,Go,Ps,Ho,Ds,jr,Br,Xc,go=Symbol.for("pv"),Bo={},jo=[],eu=/^m(i|n|o|s|text|space)$/,Kr=Array.isArray,Ko=jo.slice,Xt=Object.assign;function _n(e){e&&e.parentNode&&e.remove()}function Yo(e,t,n){var o,r,l,i={},a=arguments.length;for(l in t)l=="key"?o=t[l]:l=="ref"&&typeof e!="function"?r=t[l]:i[l]=t[l];return a>2&&(i.children=a>3?Ko.call(arguments,2):n),Yn(e,i,o,r,null)}function Ls(e,t,n){var o,r,l,i=Xt({},e.props),a=arguments.length;for(l in t)l=="key"?o=t[l]:l=="ref"&&typeof e.type!="function"?r=t[l]:i[l]=t[l];return a>2&&(i.children=a>3?Ko.call(arguments,2):n),Yn(e.type,i,o!==void 0?o:e.key,r!==void 0?r:e.ref,null)}function Yn(e,t,n,o,r){var l={type:e,props:t,key:n,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:go,__v:r||++Ms,__i:-1,__u:0};return!r&&ve.vnode&&ve.vnode(l),l}function Jo(e){return e.children}function Vo(e,t){this.props=e,this.context=t,this.__g=0}function en(e,t){if(t==null)return e.__&&en(e.__,e.__i+1);for(var n;t<e.__k.length;t++)if((n=e.__k[t])&&n.__e)return n.__e;return typeof e.type!="function"||e.props.__P?null:en(e)}function tu(e){var t,n=e.__v,o=n.__e,r=[],l=[],i=e.__P;i&&((t=Xt({constructor:go},n)).__v=n.__v+1,ve.vnode&&ve.vnode(t),Yr(i,t,n,e.__n,i.namespaceURI,32&n.__u?[o]:null,r,o||en(n),32&n.__u,l),t.__v=n.__v,t.__.__k[t.__i]=t,qs(r,t,l),n.__=n.__e=null,t.__e!=o&&Rs(t))}function Rs(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),Rs(e)}function Cs(e){(8&e.__g||(e.__g|=8,Zt.push(e),Go++))&&Gr==ve.debounceRendering||((Gr=ve.debounceRendering)||queueMicrotask)(Ns)}function Ns(){try{for(var e,t=1;Zt.length;)Zt.length>t&&Zt.sort(Ps),e=Zt.shift(),t=Zt.length,8&e.__g&&tu(e)}finally{(Go=Zt.length)&&(Gr||queueMicrotask)(Ns)}}function Os(e,t,n,o,r,l,i,a,u,p,d){var m,_,g,w,x,k,A=o.__k||jo,v=t.length;for(u=nu(n,t,A,u,v),m=0;m<v;m++)(g=n.__k[m])!=null&&(_=~g.__i&&A[g.__i]||Bo,g.__i=m,k=Yr(e,g,_,r,l,i,a,u,p,d),w=g.__e,(_.ref!=g.ref||8&_.__u)&&(_.ref&&Jr(_.ref,null,g,_),g.ref&&d.push(g.ref,g.__c||w,g)),x=x||w,4&g.__u?(u=Is(g,u,e,!_.__v),_.__e&&(_.__e=null)):typeof g.type=="function"&&k!==void 0?u=k:w&&(u=w.nextSibling),g.__u&=-21);return n.__e=x,u}function nu(e,t,n,o,r){var l,i,a,u,p,d,m,_,g,w=n.length,x=w,k=0,A=0,v=e.__k=Array(r);for(l=0;l<r;l++)(i=t[l])!=null&&typeof i!="boolean"&&typeof i!="function"?(typeof i!="object"||i.constructor===String?i=v[l]=Yn(null,i):Kr(i)?i=v[l]=Yn(Jo,{children:i}):i.constructor===go&&i.__b?i=v[l]=Yn(i.type,i.props,i.key,i.ref,i.__v):v[l]=i,u=l+k,i.__=e,i.__b=e.__b+1,a=null,~(p=i.__i=ou(i,n,u,x))&&(x--,(a=n[p])&&(a.__u|=2)),a&&a.__v?(i.__u|=16,p==u-1?k--:p==u+1?k++:p!=u&&(p>u?k--:k++,A=1)):(~p||(r>w?k--:r<w&&k++),typeof i.type!="function"&&(i.__u|=4))):v[l]=null;if(A){for(d=[],m=[],l=0;l<r;l++)if((i=v[l])&&16&i.__u){for(k=0,_=d.length;k<_;)d[g=k+_>>1]<i.__i?k=g+1:_=g;d[k]=i.__i,m[l]=k+1}for(k=d.length;l--;)m[l]&&(m[l]==k?k--:v[l].__u|=4)}if(x)for(l=0;l<w;l++)!(a=n[l])||2&a.__u||(a.__e==o&&(o=en(a)),Qr(a,a));return o}function Is(e,t,n,o){var r,l,i,a;if(typeof e.type=="function"){if(e.props.__P)return t;if(r=e.__k)for(l=0;l<r.length;l++)r[l]&&(r[l].__=e,t=Is(r[l],t,n,!1));return t}for(t&&!t.parentNode&&(t=en(e))&&!t.parentNode&&(t=null),i=e.__e,a=t;a&&a.nodeType==8;)a=a.nextSibling;for(i!=a&&(!o&&n.moveBefore&&i.parentNode?n.moveBefore(i,t):n.insertBefore(i,t||null)),t=i;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function ou(e,t,n,o){var r,l=e.key,i=e.type,a=t[n],u=a&&!(2&a.__u);if(a===null&&l==null||u&&l==a.key&&i==a.type)return n;if(o>(u?1:0)){for(r=n-1;r>=0;r--)if((a=t[r])&&!(2&a.__u)&&l==a.key&&i==a.type)return r;for(r=n+1;r<t.length;r++)if((a=t[r])&&!(2&a.__u)&&l==a.key&&i==a.type)return r}return-1}function As(e,t,n){n==null&&(n=""),t[0]=="-"?e.setProperty(t,n):e[t]=n}function Uo(e,t,n,o,r){var l,i;if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(t in o)n&&t in n||As(e.style,t);if(n)for(t in n)o&&n[t]==o[t]||As(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")typeof n!="function"&&(n=null),typeof o!="function"&&(o=null),(e.__e||(e.__e={}))[t]=n,n&&o||(i=Br[t]||(Br[t]=ru(t)),(e.__a||(e.__a={}))[t]=jr,l=t!=(t=t.replace(Ds,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),n?e.addEventListener(t,i,l):e.removeEventListener(t,i,l));else{if(r=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=n??"")}catch{}if(typeof n=="function")return;n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n)}}function ru(e){return function(t){var n=this.__e;if(n){if(n=n[e],t[Ho]==null)t[Ho]=jr++;else if(t[Ho]<this.__a[e])return;return n(ve.event?ve.event(t):t)}}}function Yr(e,t,n,o,r,l,i,a,u,p){var d,m,_,g,w,x,k,A,v,D,E,R,S,N,I,Y,G,C,H=t.type;if(t.constructor!==go)return null;128&n.__u&&(u=32&n.__u,d=n.__c.__z)&&(t.__u|=u,m=l=[],d.nodeType==8?a=Wo(d,l):l.push(d),a=l[0]||a),(d=ve.__b)&&d(t);e:if(typeof H=="function"){_=i.length;try{if(A=t.props,v=(d=H.prototype)&&d.render,D=(d=H.contextType)&&o[d.__c],E=d?D?D.props.value:d.__:o,(g=n.__c)?(t.__c=g,2&g.__g&&(g.__g|=1)):(v?t.__c=g=new H(A,E):(t.__c=g=new Vo(A,E),g.constructor=H,g.render=su),D&&D.sub(g),g.state||(g.state={}),g.__n=o,g.__g|=8,g.__h=[],g.__k=[]),v&&(g.__s||(g.__s=g.state),H.getDerivedStateFromProps&&(g.__s==g.state&&(g.__s=Xt({},g.__s)),Xt(g.__s,H.getDerivedStateFromProps(A,g.__s)))),w=g.props,x=g.state,g.__v=t,n.__c){if(A!==w&&v&&!H.getDerivedStateFromProps&&g.componentWillReceiveProps&&g.componentWillReceiveProps(A,E),t.__v==n.__v&&!(8&g.__g)||!(4&g.__g)&&g.shouldComponentUpdate&&g.shouldComponentUpdate(A,g.__s,E)===!1){t.__v!=n.__v&&(g.props=A,g.state=g.__s,g.__g&=-9),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(O){O&&(O.__=t)}),jo.push.apply(g.__h,g.__k),g.__k=[],g.__h.length&&i.push(g),a=en(n);break e}g.componentWillUpdate&&g.componentWillUpdate(A,g.__s,E),v&&g.componentDidUpdate&&g.__h.push(function(){g.componentDidUpdate(w,x,k)})}else v&&!H.getDerivedStateFromProps&&g.componentWillMount&&g.componentWillMount(),v&&g.componentDidMount&&g.__h.push(g.componentDidMount);g.context=E,g.props=A,g.__P=e,g.__g&=-5,R=ve.__r,S=v?25:0;do g.__g&=-9,R&&R(t),d=g.render(g.props,g.state=g.__s,g.context);while(8&g.__g&&++S<25);v&&(jo.push.apply(g.__h,g.__k),g.__k=[]),g.state=g.__s,g.getChildContext&&(o=Xt({},o,g.getChildContext())),v&&n.__c&&g.getSnapshotBeforeUpdate&&(k=g.getSnapshotBeforeUpdate(w,x)),N=d&&d.type===Jo&&d.key==null?d.props.children:d,A.__P&&(d=a,r=(e=A.__P).namespaceURI,u=l=null,n.props&&n.props.__P!=e&&(n.__k.some(function(O){O&&Qr(O,O)}),n.__k=null),a=n.__k?en(n,0):null),a=Os(e,Kr(N)?N:[N],t,n,o,r,l,i,a,u,p),A.__P&&(t.__e=null,a=d),t.__u&=-161,m&&m.some(_n),g.__h.length&&i.push(g),1&g.__g&&(g.__g&=-4)}catch(O){if(i.length=_,t.__v=null,u||l)if(O&&O.then){if(t.__u|=128|u,l){for(~(G=l.indexOf(a||void 0))||(G=l.length);(C=l[G-1])&&C.nodeType==8;)G--;for(;G<l.length;G++)if(C=l[G])if(l[G]=null,I){if(C==Y)break}else{if(C.nodeType!=8)break;C.data.startsWith("$s")&&(Y=Wo(I=C))}}if(!I){for(;a&&a.nodeType==8&&a.nextSibling;)a=a.nextSibling;I=a}(d=Wo(I=t.__c.__z||(t.__c.__z=I)))?(t.__e=I,a=d):t.__e=a,a=a&&a.nextSibling}else l&&l.some(_n);else t.__e=n.__e;t.__k||(t.__k=n.__k||[]),O&&O.then||Fs(t),ve.__e(O,t,n)}}else a=t.__e=lu(n.__e,t,n,o,r,l,i,u,p,e);return(d=ve.diffed)&&d(t),a}function Wo(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var n=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))n++;else if(e.data.startsWith("/$s")&&!--n)return e}t&&t.push(e)}}function Fs(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Fs))}function qs(e,t,n){for(var o=0;o<n.length;)Jr(n[o++],n[o++],n[o++]);ve.__c&&ve.__c(t,e),e.some(function(r){try{e=r.__h,r.__h=[],e.some(function(l){l.call(r)})}catch(l){ve.__e(l,r.__v)}})}function lu(e,t,n,o,r,l,i,a,u,p){var d,m,_,g,w,x,k,A,v=n.props||Bo,D=t.props,E=t.type;if(E=="svg"?r="http://www.w3.org/2000/svg":E=="math"?r="http://www.w3.org/1998/Math/MathML":r||(r="http://www.w3.org/1999/xhtml"),l){for(d=0;d<l.length;d++)if((w=l[d])&&(E?w.localName==E:w.nodeType==3)){e=w,l[d]=null;break}}if(!e){if(A=p.ownerDocument||document,!E)return A.createTextNode(D);e=A.createElementNS(r,E,D.is?D:p),a&&(ve.__m&&ve.__m(t,l),a=!1),l=null}if(E){if(p=E=="template"&&e.content||e,l=E=="textarea"&&D.defaultValue!=null?null:l&&Ko.call(p.childNodes),!a&&l)for(v={},d=0;d<e.attributes.length;d++)v[(w=e.attributes[d]).name]=w.value;for(d in v)w=v[d],d=="dangerouslySetInnerHTML"?_=w:d=="children"||d in D||d=="value"&&"defaultValue"in D||d=="checked"&&"defaultChecked"in D||Uo(e,d,null,w,r);for(d in D)w=D[d],d=="children"?g=w:d=="dangerouslySetInnerHTML"?m=w:d=="value"?x=w:d=="checked"?k=w:a&&typeof w!="function"||v[d]===w||Uo(e,d,w,v[d],r);m?(a||_&&(m.__html==_.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[]):(_&&(e.textContent=""),(E=="foreignObject"||r=="http://www.w3.org/1998/Math/MathML"&&eu.test(E))&&(r="http://www.w3.org/1999/xhtml"),Os(p,Kr(g)?g:[g],t,n,o,r,l,i,l?l[0]:n.__k&&en(n,0),a,u),l&&l.some(_n)),a&&E!="textarea"||(d="value",E=="progress"&&x==null?e.removeAttribute(d):x==null||x===e[d]&&(E!="progress"||x)||Uo(e,d,x,v[d],r),d="checked",k!=null&&k!=e[d]&&Uo(e,d,k,v[d],r))}else v===D||a&&e.data==D||(e.data=D);return e}function Jr(e,t,n,o){try{typeof e=="function"?t?t.__x=e(t)||1:o&&(o=o.__c||o.__e)&&(t=o.__x)&&(o.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(r){ve.__e(r,n)}}function Qr(e,t,n){var o,r,l,i;if(ve.unmount&&ve.unmount(e),!(o=e.ref)||o.current&&o.current!=e.__e||Jr(o,null,t,e),o=e.__c){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(a){ve.__e(a,t)}o.__P=o.__n=null}if(o=e.__k)for(i=0;i<o.length;i++)o[i]&&Qr(o[i],t,typeof e.type!="function"||n&&!e.props.__P);!n&&(o=e.__c)&&(o=o.__z)&&(r=Wo(o,l=[]))&&(o==e.__e&&l.some(_n),_n(r),_n(o)),n||_n(e.__e),e.__e=e.__c=e.__=null}function su(e,t,n){return this.constructor(e,n)}function zs(e,t){var n,o,r,l;ve.__&&ve.__(e,t),t.nodeType==9&&(t=t.documentElement),o=(n=e&&32&e.__u)?null:t.__k,t.__k=Yn(Jo,{children:[e]}),r=[],l=[],Yr(t,t.__k,o||Bo,Bo,t.namespaceURI,o?null:t.firstChild?Ko.call(t.childNodes):null,r,o?o.__e:t.firstChild,n,l),qs(r,t.__k,l),t.__k.props.children=null}ve={__e:function(e,t,n,o){for(var r,l,i;t=t.__;)if((r=t.__c)&&!(1&r.__g)){r.__g|=4;try{if((i=(l=r.constructor)&&l.getDerivedStateFromError)&&r.setState(l.getDerivedStateFromError(e)),r.componentDidCatch&&(r.componentDidCatch(e,o||{}),i=1),i&&8&r.__g)return void(r.__g|=2)}catch(a){e=a}}throw Go=0,e}},Ms=0,Zc=function(e){return e!=null&&e.constructor===go},Vo.prototype.setState=function(e,t){var n=this.__s;n&&n!=this.state||(n=this.__s=Xt({},this.state)),typeof e=="function"&&(e=e(Xt({},n),this.props)),e&&(Xt(n,e),this.__v&&(t&&this.__k.push(t),Cs(this)))},Vo.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Cs(this))},Vo.prototype.render=Jo,Zt=[],Go=0,Ps=function(e,t){return e.__v.__b-t.__v.__b},Ho=Symbol(),Ds=/(PointerCapture)$|Capture$/i,jr=0,Br={},Xc=0;var Hs=function(e,t,n,o){var r;t[0]=0;for(var l=1;l<t.length;l++){var i=t[l++],a=t[l]?(t[0]|=i?1:2,n[t[l++]]):t[++l];i===3?o[0]=a:i===4?o[1]=Object.assign(o[1]||{},a):i===5?(o[1]=o[1]||{})[t[++l]]=a:i===6?o[1][t[++l]]+=a+"":i?(r=e.apply(a,Hs(e,a,n,["",null])),o.push(r),a[0]?t[0]|=2:(t[l-2]=0,t[l]=r)):o.push(a)}return o},Us=new Map;function Qo(e){var t=Us.get(this);return t||(t=new Map,Us.set(this,t)),(t=Hs(this,t.get(e)||(t.set(e,t=(function(n){for(var o,r,l=1,i="",a="",u=[0],p=function(_){l===1&&(_||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?u.push(0,_,i):l===3&&(_||i)?(u.push(3,_,i),l=2):l===2&&i==="..."&&_?u.push(4,_,0):l===2&&i&&!_?u.push(5,0,!0,i):l>=5&&((i||!_&&l===5)&&(u.push(l,0,i,r),l=6),_&&(u.push(l,_,0,r),l=6)),i=""},d=0;d<n.length;d++){d&&(l===1&&p(),p(d));for(var m=0;m<n[d].length;m++)o=n[d][m],l===1?o==="<"?(p(),u=[u],l=3):i+=o:l===4?i==="--"&&o===">"?(l=1,i=""):i=o+i[0]:a?o===a?a="":i+=o:o==='"'||o==="'"?a=o:o===">"?(p(),l=1):l&&(o==="="?(l=5,r=i,i=""):o==="/"&&(l<5||n[d][m+1]===">")?(p(),l===3&&(u=u[0]),l=u,(u=u[0]).push(2,0,l),l=0):o===" "||o==="	"||o===`
`||o==="\r"?(p(),l=2):i+=o),l===3&&i==="!--"&&(l=4,u=u[0])}return p(),u})(e)),t),arguments,[])).length>1?t:t[0]}var y=Qo.bind(Yo);var bn,Re,Zr,Vs,Xr=Object.is,bo=0,Zs=[],el=[],Le=ve,Ws=Le.__b,Gs=Le.__r,Bs=Le.diffed,js=Le.__c,Ks=Le.unmount,Ys=Le.__;function yo(e,t){Le.__h&&Le.__h(Re,e,bo||t),bo=0;var n=Re.__H||(Re.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function P(e){return bo=1,iu(ei,e)}function iu(e,t,n){var o=yo(bn++,2);if(o.t=e,!o.__c&&(o.__=[n?n(t):ei(void 0,t),function(l){var i=(o.__N||o.__)[0],a=o.t(i,l);Xr(i,a)||(o.__N=[a,o.__[1]],o.__c.setState({}))}],o.__c=Re,!Re.__f)){Re.__f=!0;var r=Re.shouldComponentUpdate;Re.shouldComponentUpdate=function(l,i,a){var u=this.__H;if(!u)return!0;var p=!1,d=this.props!=l;if(u.__.some(function(_){_.__N&&(p=!0,Xr(_.__[0],_.__N[0])||(d=!0))}),r){var m=r.call(this,l,i,a);return p?m||d:m}return!p||d}}return o.__}function ce(e,t){var n=yo(bn++,3);!Le.__s&&ol(n.__H,t)&&(n.__P=!0,n.__=e,n.u=t,Re.__H.__h.push(n))}function Xs(e,t){var n=yo(bn++,4);!Le.__s&&ol(n.__H,t)&&(n.__P=!1,n.__=e,n.u=t,Re.__h.push(n))}function De(e){return bo=5,Zo(function(){return{current:e}},[])}function Zo(e,t){var n=yo(bn++,7);return ol(n.__H,t)&&(n.__=e(),n.__H=t),n.__}function tn(e,t){return bo=8,Zo(function(){return e},t)}function nl(){var e=yo(bn++,11);if(!e.__){for(var t=Re.__v;!t.__m&&t.__;)t=t.__;var n=t.__m||(t.__m=[0,0]);e.__="P"+n[0]+"-"+n[1]++}return e.__}function au(){var e;do{for(;e=el.shift();)try{_o(e)}catch(n){Le.__e(n,{__:(e=e.__P)&&e.__v})}for(;e=Zs.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(_o),t.__h.some(tl),t.__h=[]}catch(n){t.__h=[],Le.__e(n,e.__v)}}}while(el.length)}Le.__b=function(e){Re=null,Ws&&Ws(e)},Le.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Ys&&Ys(e,t)},Le.__r=function(e){Gs&&Gs(e),bn=0;var t=(Re=e.__c).__H;t&&(Zr==Re?Re.__h=[]:(t.__h.some(_o),t.__h.some(tl),bn=0),t.__h=[],t.__.some(function(n){n.__N&&(n.__=n.__N),n.u=n.__N=void 0})),Zr=Re},Le.diffed=function(e){Bs&&Bs(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&Qs(Zs.push(t)),t.__H.__.some(function(n){n.u&&(n.__H=n.u)})),Zr=Re=null},Le.__c=function(e,t){t.some(function(n){try{n.__h.some(_o),n.__h=n.__h.filter(function(o){return!o.__||tl(o)})}catch(o){n.__h=[function(){throw o}]}}),js&&js(e,t)},Le.unmount=function(e){Ks&&Ks(e);var t,n,o=e.__c;o&&o.__H&&(o.__H.__.some(function(r){try{if(r.__P&&r.__c){if(n===void 0){for(n=e.__;n&&(!n.__c||!n.__c.__P);)n=n.__;n=n&&n.__c}r.__P=n,Qs(el.push(r))}else _o(r)}catch(l){t=l}}),o.__H=void 0,t&&Le.__e(t,o.__v))};var Js=typeof requestAnimationFrame=="function";function cu(e){var t,n=function(){clearTimeout(o),Js&&cancelAnimationFrame(t),setTimeout(e)},o=setTimeout(n,35);Js&&(t=requestAnimationFrame(n))}function Qs(e){e!=1&&Vs==Le.requestAnimationFrame||((Vs=Le.requestAnimationFrame)||cu)(au)}function _o(e){var t=Re,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),Re=t}function tl(e){var t=Re;e.__c=e.__(),Re=t}function ol(e,t){return!e||e.length!=t.length||t.some(function(n,o){return!Xr(n,e[o])})}function ei(e,t){return typeof t=="function"?t(e):t}var vo=class extends Error{constructor(t,n,o){super(n),this.name="ApiError",this.status=t,this.code=o||""}},rl="",ti=()=>{};function ll(e){rl=e||""}function ni(e){ti=e}function uu(e,t,n){let o={accept:n};return t!==void 0&&(o["content-type"]="application/json"),e!=="GET"&&e!=="HEAD"&&rl&&(o["x-csrf-token"]=rl),o}async function oi(e,t,n,o,r){try{return await fetch(t,{method:e,headers:uu(e,n,o),body:n===void 0?void 0:JSON.stringify(n),credentials:"same-origin",cache:"no-store",signal:r})}catch(l){throw l.name==="AbortError"?l:new vo(0,"The gateway could not be reached: "+l.message)}}function ri(e,t){if(e&&typeof e=="object"){if(e.error&&typeof e.error=="object"&&e.error.message)return e.error;if(e.message)return{message:e.message,code:e.code}}return{message:t}}async function li(e,t){let n=await e.text().catch(()=>""),o=null;try{o=n?JSON.parse(n):null}catch{o=null}let r=n&&!o&&n.length<300?n:`${e.status} ${e.statusText||"error"}`,{message:l,code:i}=ri(o,r);return e.status===401&&!t.startsWith("/ui/api/session")&&ti(),new vo(e.status,l,typeof i=="string"?i:"")}async function Z(e,t,n){let o=await oi(e,t,n,"application/json");if(!o.ok)throw await li(o,t);let r=await o.text();return r?JSON.parse(r):null}async function si(e,t,n,o,r){let l=await oi("POST",e,t,"text/event-stream",o);if(!l.ok)throw await li(l,e);r&&r(l);let i=l.body.pipeThrough(new TextDecoderStream).getReader(),a="",u=[],p="message",d=()=>{if(!u.length)return p="message",!1;let m=u.join(`
`),_=p;if(u=[],p="message",m==="[DONE]")return!0;let g;try{g=JSON.parse(m)}catch{g=m}if(g&&typeof g=="object"&&g.error){let w=ri(g,"The stream failed");throw new vo(l.status,w.message,w.code||g.error.type)}return n(g,_),!1};for(;;){let{value:m,done:_}=await i.read();if(_)break;a+=m;let g=a.split(/\r\n|\r|\n/);a=g.pop();for(let w of g)if(w===""){if(d())return i.cancel().catch(()=>{}),l}else w.startsWith("data:")?u.push(w.slice(w.startsWith("data: ")?6:5)):w.startsWith("event:")&&(p=w.slice(6).trim())}return a.startsWith("data:")&&u.push(a.slice(a.startsWith("data: ")?6:5)),d(),l}function xe({label:e="Loading…"}){return y`<p role="status" class="loading">${e}</p>`}function se({error:e}){if(!e)return null;let t=typeof e=="string"?e:e.message||String(e);return y`<div role="alert" class="alert">${t}</div>`}function ft({title:e,onClose:t,children:n,wide:o}){let r=De(null),l=De(!1),i=nl();return ce(()=>{let p=r.current,d=document.activeElement;p.showModal();let m=p.querySelector("input:not([type=hidden]), select, textarea, [data-autofocus]");return m&&m.focus(),()=>{l.current=!0,p.open&&p.close(),d&&d.isConnected&&d.focus()}},[]),y`<dialog ref=${r} class=${o?"dialog wide":"dialog"} aria-labelledby=${i}
      onCancel=${p=>{p.preventDefault(),t()}} onClose=${()=>{l.current||t()}}>
    <div class="dialog-head">
      <h2 id=${i}>${e}</h2>
      <button type="button" class="icon" aria-label="Close" onClick=${t}>×</button>
    </div>
    ${n}
  </dialog>`}function yn({title:e,message:t,confirmLabel:n,onConfirm:o,onClose:r}){let[l,i]=P(!1),[a,u]=P(null);return y`<${ft} title=${e} onClose=${r}>
    <p>${t}</p>
    <${se} error=${a} />
    <div class="actions">
      <button type="button" onClick=${r} data-autofocus>Cancel</button>
      <button type="button" class="danger" disabled=${l} onClick=${async()=>{i(!0),u(null);try{await o(),r()}catch(d){u(d),i(!1)}}}>${n}</button>
    </div>
  <//>`}function Q({label:e,hint:t,children:n,className:o}){let r=nl(),l=t?r+"-hint":void 0,i=Ls(n,{id:r,"aria-describedby":l});return y`<div class=${"field "+(o||"")}>
    <label for=${r}>${e}</label>
    ${i}
    ${t&&y`<small id=${l} class="hint">${t}</small>`}
  </div>`}function ai({label:e,checked:t,onChange:n,disabled:o}){return y`<label class="switch">
    <input type="checkbox" role="switch" checked=${t} disabled=${o}
      onChange=${r=>n(r.currentTarget.checked)} />
    <span class="track" aria-hidden="true"></span>
    <span>${e}</span>
  </label>`}function ci({value:e}){if(!e)return y`<span class="muted">none</span>`;let t=e.startsWith("****")?e:"****"+e.slice(-4);return y`<code class="masked">${t}</code>`}var ii={CONNECTED:["Connected","ok"],CONNECTING:["Connecting","busy"],DISCONNECTED:["Disconnected","off"],DISABLED:["Disabled","off"],ERROR:["Error","bad"]};function ui({state:e}){let[t,n]=ii[e]||ii.CONNECTING;return y`<span class=${"badge "+n}><span class="dot" aria-hidden="true"></span>${t}</span>`}var fu=[["year",365*24*3600],["month",720*3600],["day",24*3600],["hour",3600],["minute",60],["second",1]],du=new Intl.RelativeTimeFormat("en",{numeric:"auto"});function pu(e,t=Date.now()){let n=Date.parse(e);if(!e||Number.isNaN(n))return"";let o=Math.round((n-t)/1e3);for(let[r,l]of fu)if(Math.abs(o)>=l||r==="second")return du.format(Math.round(o/l),r);return""}function nn({time:e,never:t="never"}){return e?y`<time datetime=${e} title=${new Date(e).toLocaleString()}>${pu(e)}</time>`:y`<span class="muted">${t}</span>`}function qt(e){return e?parseFloat(String(e).replace(/s$/,"")):NaN}function Xo(e){let t=qt(e);return Number.isNaN(t)?"":`${Math.round(t*1e3)} ms`}var sl="/ui/api/session";function fi(e){return ll(e.csrf_token),{me:e.me||{},expiresAt:e.expires_at||""}}async function di(){try{return fi(await Z("GET",sl))}catch(e){if(e.status===401)return null;throw e}}async function pi(e){return fi(await Z("POST",sl,{credential:e}))}async function mi(){try{await Z("DELETE",sl)}finally{ll("")}}var mu={providers:()=>!0,aliases:()=>!0,keys:()=>!0,usage:()=>!0,audit:e=>e==="admin",playground:e=>e!=="viewer"};function il(e,t){let n=mu[t];return!!n&&n(e)}function $o(e){return e==="admin"||e==="operator"||e==="member"}function hi({onSignedIn:e,notice:t}){let[n,o]=P(""),[r,l]=P(!1),[i,a]=P(null);return y`<main class="login" id="main">
    <form class="card login-card" onSubmit=${async p=>{p.preventDefault(),l(!0),a(null);try{let d=await pi(n.trim());o(""),e(d)}catch(d){a(d),l(!1)}}}>
      <h1>Sign in to Switchboard</h1>
      ${t&&y`<p class="notice" role="status">${t}</p>`}
      <${Q} label="API key or token" hint="An API key (sb-…), the admin key, or an OAuth2 access token. It is exchanged for a session cookie; the browser does not keep it.">
        <input type="password" autocomplete="off" spellcheck="false" required value=${n}
          onInput=${p=>o(p.currentTarget.value)} />
      <//>
      <${se} error=${i} />
      <button type="submit" class="primary" disabled=${r||!n.trim()}>Sign in</button>
    </form>
  </main>`}function gi(){let e=/^#\/([a-z-]+)/.exec(window.location.hash);return e?e[1]:""}function _i(){let[e,t]=P(gi());return ce(()=>{let n=()=>t(gi());return window.addEventListener("hashchange",n),n(),()=>window.removeEventListener("hashchange",n)},[]),e}function er(e,t){let[n,o]=P(void 0),[r,l]=P(null),i=De(e);i.current=e;let a=De(!1),u=De(!1),p=tn(async()=>{if(a.current){u.current=!0;return}a.current=!0;try{o(await i.current()),l(null)}catch(d){l(d)}finally{a.current=!1,u.current&&(u.current=!1,p())}},[]);return ce(()=>{let d=null,m=()=>{d===null&&!document.hidden&&(d=setInterval(p,t))},_=()=>{clearInterval(d),d=null},g=()=>{document.hidden?_():(p(),m())};return p(),m(),document.addEventListener("visibilitychange",g),()=>{_(),document.removeEventListener("visibilitychange",g)}},[t]),{data:n,error:r,refresh:p}}var tr=e=>`/admin/v1/providers/${encodeURIComponent(e)}`;function bi({provider:e,canChange:t,onEdit:n,onDelete:o,onChanged:r}){let[l,i]=P(""),[a,u]=P(null),[p,d]=P(!1),m=e.enabled!==!1,_=async x=>{d(!0),u(null);try{await Z("PATCH",`${tr(e.name)}?update_mask=enabled`,{enabled:x}),r()}catch(k){u(k)}finally{d(!1)}},g=x=>i(l===x?"":x),w=e.usage_24h;return y`<article class="card provider" aria-label=${`Provider ${e.name}`}>
    <div class="card-head">
      <h2>${e.name}</h2>
      <${ui} state=${e.state} />
    </div>
    ${e.state==="ERROR"&&y`<p class="error-detail">
      ${e.last_error||"The last check failed."} ${" "}
      ${e.last_error_time&&y`<span class="muted">(<${nn} time=${e.last_error_time} />)</span>`}
    </p>`}
    <dl>
      <dt>Preset</dt><dd>${e.preset||"custom"}</dd>
      <dt>Format</dt><dd>${e.api_format||"openai"}</dd>
      <dt>Base URL</dt><dd><code>${e.base_url}</code></dd>
      <dt>API key</dt><dd><${ci} value=${e.api_key_masked} /></dd>
      ${e.owner&&y`<dt>Owner</dt><dd>${e.owner}</dd>`}
      <dt>State since</dt><dd><${nn} time=${e.state_time} never="—" /></dd>
      ${w&&y`<dt>Last 24 h</dt><dd>${hu(w)}</dd>`}
    </dl>
    ${t&&y`<div class="buttons">
      <button type="button" aria-expanded=${l==="test"} onClick=${()=>g("test")}>Test connection</button>
      <button type="button" aria-expanded=${l==="prompt"} onClick=${()=>g("prompt")}>Test prompt</button>
      <button type="button" aria-expanded=${l==="models"} onClick=${()=>g("models")}>Models</button>
      <button type="button" onClick=${n}>Edit</button>
      <button type="button" onClick=${o}>Delete</button>
      <${ai} label="Enabled" checked=${m} disabled=${p} onChange=${_} />
    </div>`}
    <${se} error=${a} />
    ${l==="test"&&y`<${gu} name=${e.name} onDone=${r} />`}
    ${l==="prompt"&&y`<${_u} name=${e.name} onDone=${r} />`}
    ${l==="models"&&y`<${bu} name=${e.name} />`}
  </article>`}function hu(e){let t=e.totals||{},n=l=>Number(l||0),o=[`${n(t.requests)} requests`];n(t.errors)&&o.push(`${n(t.errors)} errors`);let r=n(t.prompt_tokens)+n(t.completion_tokens);return r&&o.push(`${r.toLocaleString("en")} tokens`),n(t.cost_nanos)&&o.push(`$${t.cost_usd}`),n(t.requests)&&o.push(`p50 ${n(t.latency_p50_ms)} ms`),o.join(" · ")}function gu({name:e,onDone:t}){let[n,o]=P(null),[r,l]=P(null);return ce(()=>{Z("POST",`${tr(e)}:test`,{}).then(i=>{o(i),t()},l)},[]),r?y`<${se} error=${r} />`:n?n.ok?y`<div class="result" role="status">
    <strong class="success">Reachable</strong> in ${Xo(n.latency)} · ${n.model_count||0} models
  </div>`:y`<div class="result" role="alert"><strong>Failed</strong>${n.latency?` after ${Xo(n.latency)}`:""}: ${n.error}</div>`:y`<div class="result"><${xe} label="Testing…" /></div>`}function _u({name:e,onDone:t}){let[n,o]=P("Say hi"),[r,l]=P(""),[i,a]=P(!1),[u,p]=P(null),[d,m]=P(null);return y`<form class="result" onSubmit=${async g=>{g.preventDefault(),a(!0),m(null),p(null);try{p(await Z("POST",`${tr(e)}:test`,r.trim()?{prompt:n,model:r.trim()}:{prompt:n})),t()}catch(w){m(w)}finally{a(!1)}}}>
    <div class="row">
      <${Q} label="Prompt" hint="At most 30 characters.">
        <input value=${n} maxlength="30" required onInput=${g=>o(g.currentTarget.value)} />
      <//>
      <${Q} label="Model (optional)" hint="Empty: the first model the upstream lists.">
        <input value=${r} autocomplete="off" spellcheck="false" onInput=${g=>l(g.currentTarget.value)} />
      <//>
      <button type="submit" class="primary" disabled=${i||!n.trim()}>Send</button>
    </div>
    ${i&&y`<${xe} label="Waiting for the reply…" />`}
    <${se} error=${d} />
    ${u&&(u.ok?y`<div role="status"><p><strong class="success">${Xo(u.prompt_latency||u.latency)}</strong>
          ${u.model&&y` · <code>${u.model}</code>`}</p>
          <blockquote class="reply">${u.reply}</blockquote></div>`:y`<div role="alert" class="alert">${u.error}</div>`)}
  </form>`}function bu({name:e}){let[t,n]=P(null),[o,r]=P(null);return ce(()=>{Z("GET",`${tr(e)}/models`).then(l=>n(l.models||[]),r)},[]),o?y`<${se} error=${o} />`:t?y`<div class="result">
    <h3>${t.length} ${t.length===1?"model":"models"}</h3>
    <ul class="models">${t.map(l=>y`<li key=${l.id}><code>${l.id}</code></li>`)}</ul>
  </div>`:y`<div class="result"><${xe} /></div>`}function yi({rows:e,onChange:t}){let n=(l,i)=>t(e.map((a,u)=>u===l?{...a,...i}:a)),o=l=>t(e.filter((i,a)=>a!==l)),r=()=>t([...e,{name:"",value:"",secret:!1}]);return y`<fieldset class="headers">
    <legend>Custom headers</legend>
    ${e.length===0&&y`<p class="muted small">None. Added to every request sent upstream.</p>`}
    ${e.map((l,i)=>y`<div class="row header-row" key=${i}>
      <${Q} label="Header name">
        <input value=${l.name} autocomplete="off" spellcheck="false"
          onInput=${a=>n(i,{name:a.currentTarget.value})} />
      <//>
      <${Q} label="Header value" hint=${l.masked&&!l.value?`Saved as ${l.masked}; type to replace`:void 0}>
        <input type=${l.secret?"password":"text"} value=${l.value} autocomplete="off" spellcheck="false"
          placeholder=${l.masked||""}
          onInput=${a=>n(i,{value:a.currentTarget.value,touched:!0})} />
      <//>
      <label class="check">
        <input type="checkbox" checked=${l.secret}
          onChange=${a=>n(i,{secret:a.currentTarget.checked,touched:!0})} />
        Secret
      </label>
      <button type="button" onClick=${()=>o(i)} aria-label=${`Remove header ${l.name||i+1}`}>Remove</button>
    </div>`)}
    <button type="button" onClick=${r}>Add header</button>
  </fieldset>`}function vi(e){let t=Object.entries(e.headers||{}).map(([o,r])=>({name:o,value:r,secret:!1})),n=Object.entries(e.secret_headers_masked||{}).map(([o,r])=>({name:o,value:"",masked:r,secret:!0,saved:!0}));return[...t,...n]}function $i(e,t){let n={},o={},r=e.filter(a=>a.name.trim());for(let a of r)(a.secret?o:n)[a.name.trim()]=a.value;let l=r.filter(a=>a.secret),i=l.length===t.length&&l.every(a=>a.saved&&!a.touched&&t.includes(a.name.trim()));if(!i&&l.some(a=>!a.value))throw new Error("Type the value of every secret header again to change secret headers.");return{headers:n,secretHeaders:o,secretsChanged:!i}}var yu=[["openai","OpenAI chat completions"],["anthropic","Anthropic messages"],["gemini","Google Gemini"],["openai_responses","OpenAI Responses"]],vu={anthropic:"x-api-key",gemini:"x-goog-api-key"},$u={bearer:"Authorization: Bearer <key>","x-api-key":"x-api-key: <key>","x-goog-api-key":"x-goog-api-key: <key>",none:"No key is sent"};function wu({protocol:e,host:t,port:n,basePath:o}){if(!t)return"";let r=e==="https"&&+n==443||e==="http"&&+n==80,l=o&&!o.startsWith("/")?"/"+o:o||"";return`${e}://${t}${n&&!r?":"+n:""}${l}`}function wi(e){try{let t=new URL(e),n=t.protocol.replace(":","");if(n!=="http"&&n!=="https")return null;let o=t.port||(n==="https"?"443":"80");return{protocol:n,host:t.hostname,port:o,basePath:t.pathname==="/"?"":t.pathname.replace(/\/$/,"")}}catch{return null}}function nr(e){return{protocol:e.protocol||"https",host:e.host||"",port:e.port?String(e.port):"",basePath:e.base_path||"",baseUrl:e.base_url||"",format:e.api_format||"openai"}}function ku(e){return e?{...wi(e.base_url||"")||nr({}),name:e.name,preset:e.preset||"custom",baseUrl:e.base_url||"",format:e.api_format||"openai",apiKey:"",timeout:String(qt(e.timeout)||120),rows:vi(e)}:{name:"",preset:"",apiKey:"",timeout:"120",rows:[],...nr({})}}function al({provider:e,onSaved:t,onClose:n}){let o=!!e,[r,l]=P(null),[i,a]=P(null),[u,p]=P(()=>ku(e)),[d,m]=P(!1),[_,g]=P(null);ce(()=>{Z("GET","/admin/v1/presets").then(S=>{let N=S.presets||[];if(l(N),!o&&N.length){let I=N.find(Y=>Y.name==="custom")||N[0];p(Y=>({...Y,preset:I.name,...nr(I)}))}},a)},[]);let w=(r||[]).find(S=>S.name===u.preset)||{},x=S=>p(N=>({...N,...S})),k=S=>p(N=>{let I={...N,...S};return{...I,baseUrl:wu(I)}}),A=S=>p(N=>({...N,baseUrl:S,...wi(S)||{}})),v=S=>{let N=r.find(I=>I.name===S);p(I=>({...I,preset:S,...nr(N)}))},D=w.name&&w.name!=="custom"?w.auth_type:vu[u.format]||"bearer",E=async S=>{S.preventDefault(),g(null),m(!0);try{let N=await xu(e,u,w);t(N)}catch(N){g(N),m(!1)}},R=o?`Edit provider ${e.name}`:"Add provider";return i?y`<${ft} title=${R} onClose=${n}><${se} error=${i} /><//>`:r?y`<${ft} title=${R} onClose=${n} wide>
    <form onSubmit=${E} novalidate>
      <div class="row">
        <${Q} label="Preset" hint=${o?"Fixed once the provider exists.":w.local?"Usually runs on this machine.":void 0}>
          <select value=${u.preset} disabled=${o} onChange=${S=>v(S.currentTarget.value)}>
            ${r.map(S=>y`<option value=${S.name}>${S.display_name||S.name}</option>`)}
          </select>
        <//>
        <${Q} label="Name" hint="Model ids are <name>/<model>. Letters, digits, '.', '_' and '-'.">
          <input value=${u.name} required maxlength="64" pattern="[A-Za-z0-9][A-Za-z0-9._\\-]*" autocomplete="off"
            spellcheck="false" onInput=${S=>x({name:S.currentTarget.value})} />
        <//>
      </div>
      <fieldset>
        <legend>Connection</legend>
        <div class="row">
          <${Q} label="Protocol">
            <select value=${u.protocol} onChange=${S=>k({protocol:S.currentTarget.value})}>
              <option value="https">https</option>
              <option value="http">http</option>
            </select>
          <//>
          <${Q} label="Host">
            <input value=${u.host} autocomplete="off" spellcheck="false" onInput=${S=>k({host:S.currentTarget.value})} />
          <//>
          <${Q} label="Port">
            <input type="number" min="1" max="65535" value=${u.port} onInput=${S=>k({port:S.currentTarget.value})} />
          <//>
          <${Q} label="Base path">
            <input value=${u.basePath} autocomplete="off" spellcheck="false" placeholder="/v1"
              onInput=${S=>k({basePath:S.currentTarget.value})} />
          <//>
        </div>
        <${Q} label="Base URL" hint="Composed from the fields above, or paste a whole URL.">
          <input type="url" value=${u.baseUrl} required=${u.preset==="custom"} autocomplete="off" spellcheck="false"
            placeholder="https://api.example.com/v1" onInput=${S=>A(S.currentTarget.value)} />
        <//>
      </fieldset>
      <div class="row">
        <${Q} label="Format">
          <select value=${u.format} onChange=${S=>x({format:S.currentTarget.value})}>
            ${yu.map(([S,N])=>y`<option value=${S}>${N}</option>`)}
          </select>
        <//>
        <${Q} label="Auth type" hint="Set by the preset (for custom: by the format).">
          <input readonly value=${$u[D]||D} />
        <//>
        <${Q} label="Timeout" hint="Seconds; for streams, the longest gap between events.">
          <input type="number" min="1" max="3600" value=${u.timeout} onInput=${S=>x({timeout:S.currentTarget.value})} />
        <//>
      </div>
      <${Q} label="API key" hint=${o?`Saved key ${e.api_key_masked||"(none)"}; leave empty to keep it.`:D==="none"?"Not needed by this preset.":"Write-only: sealed at rest, never shown again."}>
        <input type="password" value=${u.apiKey} autocomplete="new-password" spellcheck="false"
          onInput=${S=>x({apiKey:S.currentTarget.value})} />
      <//>
      <${yi} rows=${u.rows} onChange=${S=>x({rows:S})} />
      <${se} error=${_} />
      <div class="actions">
        <button type="button" onClick=${n}>Cancel</button>
        <button type="submit" class="primary" disabled=${d}>Save</button>
      </div>
    </form>
  <//>`:y`<${ft} title=${R} onClose=${n}><${xe} /><//>`}async function xu(e,t,n){let o=t.name.trim();if(!o)throw new Error("Name: required.");let r=Number(t.timeout);if(!(r>0))throw new Error("Timeout: a number of seconds above 0.");let l=e?Object.keys(e.secret_headers_masked||{}):[],{headers:i,secretHeaders:a,secretsChanged:u}=$i(t.rows,l),p=t.baseUrl.trim();if(!e){let k={name:o,preset:t.preset,api_format:t.format,timeout:`${r}s`,headers:i};return p&&p!==n.base_url&&(k.base_url=p),t.apiKey&&(k.api_key=t.apiKey),Object.keys(a).length&&(k.secret_headers=a),Z("POST","/admin/v1/providers",k)}let d={},m=[],_=(k,A,v)=>{JSON.stringify(A)!==JSON.stringify(v)&&(d[k]=A,m.push(k))};_("name",o,e.name),_("base_url",p,e.base_url||""),_("api_format",t.format,e.api_format||"openai"),_("timeout",`${r}s`,e.timeout?`${qt(e.timeout)}s`:"120s"),_("headers",i,e.headers||{}),u&&(d.secret_headers=a,m.push("secret_headers"));let g=t.apiKey&&!m.includes("base_url");t.apiKey&&!g&&(d.api_key=t.apiKey,m.push("api_key"));let w=e,x=`/admin/v1/providers/${encodeURIComponent(e.name)}`;return m.length&&(w=await Z("PATCH",`${x}?update_mask=${m.join(",")}`,d)),g&&(w=await Z("POST",`/admin/v1/providers/${encodeURIComponent(w.name)}:rotateKey`,{api_key:t.apiKey})),w}var Su=3e3;function Tu(e,t){return e.role==="admin"||e.role==="operator"?!0:e.role==="member"&&!!t.owner&&t.owner===e.user_name}function cl({me:e}){let{data:t,error:n,refresh:o}=er(()=>Z("GET","/admin/v1/providers").then(u=>u.providers||[]),Su),[r,l]=P(null),i=()=>l(null),a=()=>{i(),o()};return y`<section>
    <div class="toolbar">
      <h1>Providers</h1>
      ${$o(e.role)&&y`<button type="button" class="primary" onClick=${()=>l({add:!0})}>Add provider</button>`}
    </div>
    <${se} error=${n} />
    ${t===void 0&&!n&&y`<${xe} />`}
    ${t&&t.length===0&&y`<p class="empty">No providers yet.${$o(e.role)?" Add one from a preset.":""}</p>`}
    ${t&&t.length>0&&y`<div class="cards">
      ${t.map(u=>y`<${bi} key=${u.id||u.name} provider=${u} canChange=${Tu(e,u)}
        onEdit=${()=>l({edit:u})} onDelete=${()=>l({remove:u})} onChanged=${o} />`)}
    </div>`}
    ${r&&r.add&&y`<${al} onSaved=${a} onClose=${i} />`}
    ${r&&r.edit&&y`<${al} provider=${r.edit} onSaved=${a} onClose=${i} />`}
    ${r&&r.remove&&y`<${yn} title=${`Delete provider ${r.remove.name}`}
      message=${`Requests for ${r.remove.name}/… models and aliases that target it will fail. Its key is destroyed.`}
      confirmLabel="Delete" onClose=${i}
      onConfirm=${async()=>{await Z("DELETE",`/admin/v1/providers/${encodeURIComponent(r.remove.name)}`),o()}} />`}
  </section>`}var or=[["PRIORITY","Priority (in order, next on failure)"],["WEIGHTED","Weighted random"],["LEAST_BUSY","Least busy"],["LOWEST_LATENCY","Lowest latency"],["LOWEST_COST","Lowest cost"]],ul=(e,t)=>{let n=qt(e);return Number.isNaN(n)?"":String(Math.round(n*t*1e3)/1e3)};function ki(e){let t=e||{},n=t.retry||{};return{name:t.name||"",targets:(t.targets||[{model:"",weight:1}]).map(({status:o,...r})=>({...r,weight:String(r.weight||1)})),strategy:t.strategy&&t.strategy!=="STRATEGY_UNSPECIFIED"?t.strategy:"PRIORITY",maxAttempts:n.max_attempts?String(n.max_attempts):"",initialBackoff:ul(n.initial_backoff,1e3),maxBackoff:ul(n.max_backoff,1e3),deadline:ul(n.deadline,1),fallback:!!t.fallback_on_context_length,description:t.description||""}}function Eu(e){let t={},n=(o,r)=>{let l=Number(o);if(!(l>0))throw new Error(`${r}: a number above 0.`);return l};return e.maxAttempts!==""&&(t.max_attempts=Math.round(n(e.maxAttempts,"Max attempts"))),e.initialBackoff!==""&&(t.initial_backoff=`${n(e.initialBackoff,"Initial backoff")/1e3}s`),e.maxBackoff!==""&&(t.max_backoff=`${n(e.maxBackoff,"Max backoff")/1e3}s`),e.deadline!==""&&(t.deadline=`${n(e.deadline,"Deadline")}s`),t}function xi(e){let t=e.name.trim();if(!t)throw new Error("Alias name: required.");let n=e.targets.filter(o=>o.model.trim()).map(o=>{let r=Number(o.weight||1);if(!(r>=1)||!Number.isInteger(r))throw new Error(`Weight of ${o.model}: a whole number from 1.`);return{...o,model:o.model.trim(),weight:r}});if(!n.length)throw new Error("Add at least one target model.");return{name:t,targets:n,strategy:e.strategy,retry:Eu(e),fallback_on_context_length:e.fallback,description:e.description.trim()}}function fl({alias:e,onSaved:t,onClose:n}){let[o,r]=P(()=>ki(e)),[l,i]=P([]),[a,u]=P(!1),[p,d]=P(null);ce(()=>{Z("GET","/v1/models").then(x=>i((x.data||[]).map(k=>k.id).filter(k=>k.includes("/"))),()=>{})},[]);let m=x=>r(k=>({...k,...x})),_=(x,k)=>m({targets:o.targets.map((A,v)=>v===x?{...A,...k}:A)}),g=async x=>{x.preventDefault(),d(null),u(!0);try{let k=xi(o);if(!e){t(await Z("POST","/admin/v1/aliases",k));return}let A=xi(ki(e)),v=Object.keys(k).filter(D=>JSON.stringify(k[D])!==JSON.stringify(A[D]));t(v.length?await Z("PATCH",`/admin/v1/aliases/${encodeURIComponent(e.name)}?update_mask=${v.join(",")}`,k):e)}catch(k){d(k),u(!1)}},w="alias-models";return y`<${ft} title=${e?`Edit alias ${e.name}`:"New alias"} onClose=${n} wide>
    <form onSubmit=${g} novalidate>
      <${Q} label="Alias name" hint="What clients send as the model. Letters, digits, '.', '_', ':' and '-'.">
        <input value=${o.name} required autocomplete="off" spellcheck="false" onInput=${x=>m({name:x.currentTarget.value})} />
      <//>
      <fieldset>
        <legend>Targets</legend>
        <datalist id=${w}>${l.map(x=>y`<option value=${x} />`)}</datalist>
        ${o.targets.map((x,k)=>y`<div class="row" key=${k}>
          <${Q} label="Target model" className="grow">
            <input value=${x.model} list=${w} placeholder="provider/model" autocomplete="off" spellcheck="false"
              onInput=${A=>_(k,{model:A.currentTarget.value})} />
          <//>
          <${Q} label="Weight" className="narrow">
            <input type="number" min="1" step="1" value=${x.weight} onInput=${A=>_(k,{weight:A.currentTarget.value})} />
          <//>
          <button type="button" class="field-button" disabled=${o.targets.length===1}
            aria-label=${`Remove target ${x.model||k+1}`}
            onClick=${()=>m({targets:o.targets.filter((A,v)=>v!==k)})}>Remove</button>
        </div>`)}
        <button type="button" onClick=${()=>m({targets:[...o.targets,{model:"",weight:"1"}]})}>Add target</button>
      </fieldset>
      <${Q} label="Strategy">
        <select value=${o.strategy} onChange=${x=>m({strategy:x.currentTarget.value})}>
          ${or.map(([x,k])=>y`<option value=${x}>${k}</option>`)}
        </select>
      <//>
      <fieldset>
        <legend>Retries</legend>
        <div class="row">
          <${Q} label="Max attempts" hint="Per target, first try included. Default 3.">
            <input type="number" min="1" step="1" value=${o.maxAttempts} placeholder="3" onInput=${x=>m({maxAttempts:x.currentTarget.value})} />
          <//>
          <${Q} label="Initial backoff (ms)" hint="Doubles each retry. Default 200.">
            <input type="number" min="1" value=${o.initialBackoff} placeholder="200" onInput=${x=>m({initialBackoff:x.currentTarget.value})} />
          <//>
          <${Q} label="Max backoff (ms)" hint="Default 5000.">
            <input type="number" min="1" value=${o.maxBackoff} placeholder="5000" onInput=${x=>m({maxBackoff:x.currentTarget.value})} />
          <//>
          <${Q} label="Deadline (s)" hint="The whole request. Default 120.">
            <input type="number" min="1" value=${o.deadline} placeholder="120" onInput=${x=>m({deadline:x.currentTarget.value})} />
          <//>
        </div>
        <label class="check">
          <input type="checkbox" checked=${o.fallback} onChange=${x=>m({fallback:x.currentTarget.checked})} />
          On a context-length error, try targets with a larger context window
        </label>
      </fieldset>
      <${Q} label="Description">
        <input value=${o.description} onInput=${x=>m({description:x.currentTarget.value})} />
      <//>
      <${se} error=${p} />
      <div class="actions">
        <button type="button" onClick=${n}>Cancel</button>
        <button type="submit" class="primary" disabled=${a}>Save</button>
      </div>
    </form>
  <//>`}var Cu={CLOSED:["closed","ok"],OPEN:["open","bad"],HALF_OPEN:["half-open","busy"]};function Au(e){let t=e&&e.breaker_state;return Cu[t]||null}function Mu(e){if(!e)return"defaults";let t=[];return e.max_attempts&&t.push(`${e.max_attempts} attempts`),e.initial_backoff&&t.push(`backoff ${Math.round(qt(e.initial_backoff)*1e3)} ms`),e.max_backoff&&t.push(`up to ${Math.round(qt(e.max_backoff)*1e3)} ms`),e.deadline&&t.push(`deadline ${qt(e.deadline)} s`),t.length?t.join(", "):"defaults"}function Pu(e){let t=Number(e.requests||0),n=Number(e.failures||0),o=Number(e.in_flight||0);return`${t}${n?` (${n} failed)`:""}${o?`, ${o} in flight`:""}`}function Si({alias:e,canChange:t,onEdit:n,onDelete:o}){let r=(or.find(([l])=>l===e.strategy)||or[0])[1];return y`<article class="card alias" aria-label=${`Alias ${e.name}`}>
    <div class="card-head">
      <h2>${e.name}</h2>
      ${t&&y`<div class="buttons">
        <button type="button" onClick=${n}>Edit</button>
        <button type="button" onClick=${o}>Delete</button>
      </div>`}
    </div>
    ${e.description&&y`<p>${e.description}</p>`}
    <dl>
      <dt>Strategy</dt><dd>${r}</dd>
      <dt>Retries</dt><dd>${Mu(e.retry)}</dd>
      ${e.fallback_on_context_length&&y`<dt>Context fallback</dt><dd>on</dd>`}
      ${e.owner&&y`<dt>Owner</dt><dd>${e.owner}</dd>`}
    </dl>
    <div class="table-wrap" tabindex="0" role="region" aria-label=${`Targets of ${e.name}`}>
      <table>
        <thead><tr><th scope="col">Target</th><th scope="col">Weight</th><th scope="col">Breaker</th>
          <th scope="col">Last served</th><th scope="col">Requests</th></tr></thead>
        <tbody>
          ${(e.targets||[]).map(l=>{let i=l.status||{},a=Au(i);return y`<tr key=${l.model}>
              <td><code>${l.model}</code></td>
              <td>${l.weight||1}</td>
              <td>${a?y`<span class=${"badge "+a[1]}>${a[0]}</span>`:y`<span class="muted">—</span>`}</td>
              <td><${nn} time=${i.last_served_time} /></td>
              <td>${l.status?Pu(i):y`<span class="muted">—</span>`}</td>
            </tr>`})}
        </tbody>
      </table>
    </div>
  </article>`}function Du(e,t){return e.role==="admin"||e.role==="operator"?!0:e.role==="member"&&!!t.owner&&t.owner===e.user_name}function dl({me:e}){let{data:t,error:n,refresh:o}=er(()=>Z("GET","/admin/v1/aliases").then(u=>u.aliases||[]),5e3),[r,l]=P(null),i=()=>l(null),a=()=>{i(),o()};return y`<section>
    <div class="toolbar">
      <h1>Aliases</h1>
      ${$o(e.role)&&y`<button type="button" class="primary" onClick=${()=>l({add:!0})}>New alias</button>`}
    </div>
    <${se} error=${n} />
    ${t===void 0&&!n&&y`<${xe} />`}
    ${t&&t.length===0&&y`<p class="empty">No aliases yet. An alias gives several provider models one name, with failover.</p>`}
    ${t&&t.length>0&&y`<div class="cards wide-cards">
      ${t.map(u=>y`<${Si} key=${u.name} alias=${u} canChange=${Du(e,u)}
        onEdit=${()=>l({edit:u})} onDelete=${()=>l({remove:u})} />`)}
    </div>`}
    ${r&&r.add&&y`<${fl} onSaved=${a} onClose=${i} />`}
    ${r&&r.edit&&y`<${fl} alias=${r.edit} onSaved=${a} onClose=${i} />`}
    ${r&&r.remove&&y`<${yn} title=${`Delete alias ${r.remove.name}`}
      message=${`Clients that send ${r.remove.name} as the model will get an error.`}
      confirmLabel="Delete" onClose=${i}
      onConfirm=${async()=>{await Z("DELETE",`/admin/v1/aliases/${encodeURIComponent(r.remove.name)}`),o()}} />`}
  </section>`}function te(e){let t=Number(e??0);return Number.isFinite(t)?t:0}var Lu=new Intl.DateTimeFormat(void 0,{dateStyle:"medium",timeStyle:"short"});function pl(e,t="—"){if(!e)return t;let n=new Date(e);return Number.isNaN(n.getTime())?t:Lu.format(n)}function wo({ts:e,none:t="—"}){return e?y`<time datetime=${e} title=${e}>${pl(e,t)}</time>`:y`<span class="muted">${t}</span>`}var Ru=new Intl.NumberFormat(void 0,{maximumFractionDigits:0});function $t(e){return Ru.format(te(e))}function vn(e){let t=te(e);if(t===0)return"$0.00";let n=Math.abs(t)>=1?2:Math.abs(t)>=.01?4:6;return"$"+t.toFixed(n)}function Jn({label:e,children:t}){return y`<div class="table-wrap table-scroll" tabindex="0" role="region" aria-label=${e}>${t}</div>`}var Nu=1440*60*1e3;function Ti({me:e,onCreated:t,onClose:n}){let o=e?.role==="admin",[r,l]=P(null),[i,a]=P(null),[u,p]=P(!1);return ce(()=>{o&&Z("GET","/admin/v1/users").then(m=>l((m.users||[]).filter(_=>!_.disabled))).catch(m=>{l([]),a(m)})},[o]),y`
    <${ft} title="New key" onClose=${n}>
      <form class="form" onSubmit=${async m=>{m.preventDefault();let _=new FormData(m.currentTarget),g={name:String(_.get("name")).trim()};o&&_.get("user")&&(g.user=String(_.get("user")));let w=String(_.get("days")||"").trim();w&&(g.expire_time=new Date(Date.now()+Number(w)*Nu).toISOString());let x=String(_.get("models")||"").split(/[\s,]+/).filter(Boolean);x.length&&(g.allowed_models=x),p(!0),a(null);try{t(await Z("POST","/admin/v1/keys",g))}catch(k){a(k),p(!1)}}}>
        <${Q} label="Key name"><input name="name" required maxlength="100" autocomplete="off" /><//>
        ${o&&y`<${Q} label="User">
          <select name="user" disabled=${r===null}>
            ${r===null?y`<option value="">Loading…</option>`:(r.length?r:[{name:e.user_name}]).map(m=>y`<option value=${m.name} selected=${m.name===e.user_name}>${m.name}${m.role?` (${m.role})`:""}</option>`)}
          </select>
        <//>`}
        <${Q} label="Expires in days" hint="Empty: the key never expires.">
          <input name="days" type="number" min="1" max="3650" step="1" inputmode="numeric" />
        <//>
        <${Q} label="Allowed models"
          hint="Optional, comma-separated: exact names or “provider/*”. Empty: every model the user may use.">
          <input name="models" autocomplete="off" placeholder="openai/*, gpt-4o" />
        <//>
        <${se} error=${i} />
        <div class="actions">
          <button type="button" onClick=${n}>Cancel</button>
          <button type="submit" class="primary" disabled=${u}>Create key</button>
        </div>
      </form>
    <//>
  `}function Ei({created:e,onDone:t}){let n=De(null),[o,r]=P(""),l=async()=>{try{await navigator.clipboard.writeText(e.secret),r("Copied to the clipboard.")}catch{n.current?.select(),r("Select the key and copy it with Ctrl+C.")}},i=e.key||{};return y`
    <${ft} title="Your new key" onClose=${t}>
      <p>
        Copy the key <strong>${i.name||i.prefix}</strong> now: this is the only time it is shown. The
        gateway keeps only a hash of it.
      </p>
      <${Q} label="Secret">
        <input ref=${n} class="secret" readonly value=${e.secret} autocomplete="off" spellcheck="false"
          onFocus=${a=>a.currentTarget.select()} />
      <//>
      <p class="success" role="status">${o}</p>
      <div class="actions">
        <button type="button" onClick=${l}>Copy</button>
        <button type="button" class="primary" onClick=${t}>Done</button>
      </div>
    <//>
  `}function Ai({me:e,apiKey:t,hasLimits:n=!0,onClose:o}){let r=e?.role==="admin"||e?.role==="operator",l=`/admin/v1/limits/key/${encodeURIComponent(t.id)}`,[i,a]=P(void 0),[u,p]=P(null),[d,m]=P(""),[_,g]=P(!1);ce(()=>{if(!n){a(null);return}Z("GET",l).then(a).catch(E=>{E.status===404?a(null):(a(null),p(E))})},[l,n]);let w=async E=>{E.preventDefault(),g(!0),p(null),m("");try{a(await Z("PUT",l,Ou(new FormData(E.currentTarget)))),m("Limits saved.")}catch(R){p(R)}g(!1)},x=async()=>{g(!0),p(null),m("");try{await Z("DELETE",l),a(null),m("Limits removed: the key has none now.")}catch(E){p(E)}g(!1)},k=i||{},A=k.budget||{},v=k.quota||{},D=`Limits of ${t.name||t.prefix}`;return y`
    <${ft} title=${D} onClose=${o} wide>
      ${i===void 0?y`<${xe} />`:y`
            ${i?y`<${Iu} policy=${i} />`:y`<p>This key has no limits of its own.</p>`}
            <form class="form limits-form" onSubmit=${w} key=${k.update_time||"none"}>
              <fieldset disabled=${!r||_}>
                <legend>Rate</legend>
                ${ko("Requests per minute (RPM)","rpm",k.requests_per_minute)}
                ${ko("Tokens per minute (TPM)","tpm",k.tokens_per_minute)}
                ${ko("Max concurrent requests","concurrent",k.max_concurrent)}
              </fieldset>
              <fieldset disabled=${!r||_}>
                <legend>Budget</legend>
                <${Q} label="Budget (USD)">
                  <input name="budget" inputmode="decimal" pattern="[0-9]+(\\.[0-9]{1,9})?" defaultValue=${A.amount_usd||""}
                    placeholder="25.00" autocomplete="off" />
                <//>
                ${Ci("Budget period","budget_period",A.period)}
                <label class="check">
                  <input type="checkbox" name="budget_soft" defaultChecked=${!!A.soft} /> Soft budget (allow, flag in usage)
                </label>
              </fieldset>
              <fieldset disabled=${!r||_}>
                <legend>Quota</legend>
                ${ko("Quota requests","quota_requests",v.requests)}
                ${ko("Quota tokens","quota_tokens",v.tokens)}
                ${Ci("Quota period","quota_period",v.period||"day")}
                <label class="check">
                  <input type="checkbox" name="quota_soft" defaultChecked=${!!v.soft} /> Soft quota (allow, flag in usage)
                </label>
              </fieldset>
              <p class="hint">Empty or 0: no limit. Hard limits refuse a request with 429.</p>
              <p class="success" role="status">${d}</p>
              <${se} error=${u} />
              <div class="actions">
                ${r&&i&&y`<button type="button" class="danger" disabled=${_} onClick=${x}>Remove limits</button>`}
                ${r?y`<button type="submit" class="primary" disabled=${_}>Save</button>`:y`<p class="hint">Only admins and operators change limits.</p>`}
              </div>
            </form>
          `}
    <//>
  `}function ko(e,t,n){let o=te(n);return y`<${Q} label=${e}>
    <input name=${t} type="number" min="0" step="1" inputmode="numeric" defaultValue=${o?String(o):""} />
  <//>`}function Ci(e,t,n){return y`<${Q} label=${e}>
    <select name=${t}>
      <option value="day" selected=${n==="day"}>Day</option>
      <option value="month" selected=${n!=="day"}>Month</option>
    </select>
  <//>`}function Ou(e){let t=r=>{let l=String(e.get(r)||"").trim();return l?Number(l):0},n={};t("rpm")&&(n.requests_per_minute=String(t("rpm"))),t("tpm")&&(n.tokens_per_minute=String(t("tpm"))),t("concurrent")&&(n.max_concurrent=t("concurrent"));let o=String(e.get("budget")||"").trim();return o&&Number(o)>0&&(n.budget={amount_usd:o,period:e.get("budget_period"),soft:e.get("budget_soft")==="on"}),(t("quota_requests")||t("quota_tokens"))&&(n.quota={requests:String(t("quota_requests")),tokens:String(t("quota_tokens")),period:e.get("quota_period"),soft:e.get("quota_soft")==="on"}),n}function ml(e){return e==="day"?"today":e==="month"?"this month":"this period"}function Iu({policy:e}){let t=e.status||{},n=(o,r,l=$t)=>te(r)?`${l(o)} of ${l(r)}`:l(o);return y`
    <dl class="standing" aria-label="Now">
      <div><dt>Requests this minute</dt><dd>${n(t.requests_this_minute,e.requests_per_minute)}</dd></div>
      <div><dt>Tokens this minute</dt><dd>${n(t.tokens_this_minute,e.tokens_per_minute)}</dd></div>
      <div><dt>In flight</dt><dd>${n(t.in_flight,e.max_concurrent)}</dd></div>
      ${e.budget&&y`<div><dt>Spent ${ml(e.budget.period)}</dt>
        <dd>${vn(t.spent_usd)} of ${vn(e.budget.amount_usd)}</dd></div>`}
      ${e.quota&&y`<div><dt>Requests ${ml(e.quota.period)}</dt>
          <dd>${n(t.requests_this_period,e.quota.requests)}</dd></div>
        <div><dt>Tokens ${ml(e.quota.period)}</dt>
          <dd>${n(t.tokens_this_period,e.quota.tokens)}</dd></div>`}
      ${t.period_end&&y`<div><dt>Period ends</dt><dd>${pl(t.period_end)}</dd></div>`}
    </dl>
  `}function hl({me:e}){let t=e?.role==="admin",[n,o]=P(null),[r,l]=P(null),[i,a]=P(!1),[u,p]=P(!1),[d,m]=P(null),[_,g]=P(null),[w,x]=P(null),[k,A]=P(""),[v,D]=P(new Map),[E,R]=P(""),[S,N]=P([]);ce(()=>{t&&Z("GET","/admin/v1/users").then(C=>N((C.users||[]).map(H=>H.name))).catch(()=>N([]))},[t]);let I=tn(async()=>{l(null);try{let[C,H]=await Promise.all([Z("GET","/admin/v1/keys?"+qu(E,i)),Z("GET","/admin/v1/limits?scope=key").catch(()=>({}))]);o(C.keys||[]),D(new Map((H?.policies||[]).map(O=>[O.subject,O])))}catch(C){l(C)}},[E,i]);ce(()=>{I()},[I]);let Y=C=>{p(!1),m(C),I()},G=async()=>{let C=_,H=await Z("POST",`/admin/v1/keys/${encodeURIComponent(C.id)}:revoke`,{});o(O=>i?O.map(K=>K.id===C.id?{...K,...H}:K):O.filter(K=>K.id!==C.id)),A(`Key "${C.name||C.prefix}" revoked.`)};return y`
    <section class="page keys-page">
      <div class="toolbar">
        <h1>Keys</h1>
        <button type="button" class="primary" onClick=${()=>p(!0)}>New key</button>
      </div>
      <p class="page-intro">
        ${t?"Every API key of every user.":"Your API keys."} A key's secret is shown once, when it is
        created; afterwards only its prefix and last four characters.
      </p>
      <div class="row key-filters">
        ${t&&y`<div class="field">
          <label for="keys-owner">Owner</label>
          <select id="keys-owner" value=${E} onChange=${C=>R(C.currentTarget.value)}>
            <option value="">All users</option>
            ${S.map(C=>y`<option value=${C}>${C}</option>`)}
          </select>
        </div>`}
        <label class="check">
          <input type="checkbox" checked=${i} onChange=${C=>a(C.currentTarget.checked)} />
          Show revoked and expired keys
        </label>
      </div>
      <p class="notice" role="status" hidden=${!k}>${k}</p>
      <${se} error=${r} />
      ${n===null?!r&&y`<${xe} />`:n.length===0?y`<p class="empty">No keys yet. Create one with “New key”.</p>`:y`<${Fu} keys=${n} limits=${v} onRevoke=${g} onLimits=${x} />`}
      ${u&&y`<${Ti} me=${e} onCreated=${Y} onClose=${()=>p(!1)} />`}
      ${d&&y`<${Ei} created=${d} onDone=${()=>m(null)} />`}
      ${_&&y`<${yn} title="Revoke key" confirmLabel="Revoke" onConfirm=${G}
        onClose=${()=>g(null)}
        message=${`Revoke “${_.name||_.prefix}” (${_.prefix}…, owner ${_.user})? It stops working at once; this cannot be undone.`} />`}
      ${w&&y`<${Ai} me=${e} apiKey=${w} hasLimits=${v.has(w.id)}
        onClose=${()=>{x(null),I()}} />`}
    </section>
  `}function Fu({keys:e,limits:t,onRevoke:n,onLimits:o}){return y`
    <${Jn} label="API keys">
      <table class="data-table stack-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Key</th>
            <th scope="col">Owner</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Expires</th>
            <th scope="col">State</th>
            <th scope="col">Limits</th>
            <th scope="col"><span class="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          ${e.map(r=>y`<tr key=${r.id}>
              <td data-label="Name"><span>${r.name||y`<em>unnamed</em>`}${r.allowed_models?.length?y`<span class="sub block">models: ${r.allowed_models.join(", ")}</span>`:""}</span></td>
              <td data-label="Key"><span><code>${r.prefix}</code> <code class="masked">${r.masked}</code></span></td>
              <td data-label="Owner">${r.user}</td>
              <td data-label="Created"><${wo} ts=${r.create_time} /></td>
              <td data-label="Last used"><${nn} time=${r.last_used_time} /></td>
              <td data-label="Expires"><${wo} ts=${r.expire_time} none="never" /></td>
              <td data-label="State"><span class=${"badge "+((r.state||"active")==="active"?"ok":"off")}>${r.state||"active"}</span></td>
              <td data-label="Limits" class="limits-cell">${zu(t.get(r.id))}</td>
              <td class="actions-cell"><div class="row-actions">
                <button type="button" onClick=${()=>o(r)}>Limits</button>
                ${(r.state||"active")==="active"&&y`<button type="button" class="danger" onClick=${()=>n(r)}>Revoke</button>`}
              </div></td>
            </tr>`)}
        </tbody>
      </table>
    <//>
  `}function qu(e,t){let n=new URLSearchParams;return e&&n.set("user",e),t&&n.set("include_inactive","true"),n.toString()}function zu(e){if(!e)return y`<span class="muted">none</span>`;let t=[];return Number(e.requests_per_minute)&&t.push(`${e.requests_per_minute} RPM`),Number(e.tokens_per_minute)&&t.push(`${e.tokens_per_minute} TPM`),Number(e.max_concurrent)&&t.push(`${e.max_concurrent} at once`),e.budget?.amount_usd&&t.push(`$${e.budget.amount_usd}/${e.budget.period||"month"}${e.budget.soft?" (soft)":""}`),e.quota&&(Number(e.quota.requests)||Number(e.quota.tokens))&&t.push(`quota/${e.quota.period||"day"}`),t.join(" · ")||y`<span class="muted">none</span>`}var Uu="uplot",Hu="u-hz",Vu="u-vt",Wu="u-title",Gu="u-wrap",Bu="u-under",ju="u-over",Ku="u-axis",kn="u-off",Yu="u-select",Ju="u-cursor-x",Qu="u-cursor-y",Zu="u-cursor-pt",Xu="u-legend",ef="u-live",tf="u-inline",nf="u-series",of="u-marker",Mi="u-label",rf="u-value",So="width",To="height";var Pi="bottom",Qn="left",gl="right",Ll="#000",Di=Ll+"0",_l="mousemove",Li="mousedown",bl="mouseup",Ri="mouseenter",Ni="mouseleave",Oi="dblclick",lf="resize",sf="scroll",Ii="change",ar="dppxchange",Rl="--",ro=typeof window<"u",kl=ro?document:null,Xn=ro?window:null,af=ro?navigator:null,de,rr;function xl(){let e=devicePixelRatio;de!=e&&(de=e,rr&&Tl(Ii,rr,xl),rr=matchMedia(`(min-resolution: ${de-.001}dppx) and (max-resolution: ${de+.001}dppx)`),xn(Ii,rr,xl),Xn.dispatchEvent(new CustomEvent(ar)))}function dt(e,t){if(t!=null){let n=e.classList;!n.contains(t)&&n.add(t)}}function Sl(e,t){let n=e.classList;n.contains(t)&&n.remove(t)}function Se(e,t,n){e.style[t]=n+"px"}function At(e,t,n,o){let r=kl.createElement(e);return t!=null&&dt(r,t),n?.insertBefore(r,o),r}function wt(e,t){return At("div",e,t)}var Fi=new WeakMap;function zt(e,t,n,o,r){let l="translate("+t+"px,"+n+"px)",i=Fi.get(e);l!=i&&(e.style.transform=l,Fi.set(e,l),t<0||n<0||t>o||n>r?dt(e,kn):Sl(e,kn))}var qi=new WeakMap;function zi(e,t,n){let o=t+n,r=qi.get(e);o!=r&&(qi.set(e,o),e.style.background=t,e.style.borderColor=n)}var Ui=new WeakMap;function Hi(e,t,n,o){let r=t+""+n,l=Ui.get(e);r!=l&&(Ui.set(e,r),e.style.height=n+"px",e.style.width=t+"px",e.style.marginLeft=o?-t/2+"px":0,e.style.marginTop=o?-n/2+"px":0)}var Nl={passive:!0},cf={...Nl,capture:!0};function xn(e,t,n,o){t.addEventListener(e,n,o?cf:Nl)}function Tl(e,t,n,o){t.removeEventListener(e,n,Nl)}ro&&xl();function Mt(e,t,n,o){let r;n=n||0,o=o||t.length-1;let l=o<=2147483647;for(;o-n>1;)r=l?n+o>>1:pt((n+o)/2),t[r]<e?n=r:o=r;return e-t[n]<=t[o]-e?n:o}function ga(e){return(n,o,r)=>{let l=-1,i=-1;for(let a=o;a<=r;a++)if(e(n[a])){l=a;break}for(let a=r;a>=o;a--)if(e(n[a])){i=a;break}return[l,i]}}var _a=e=>e!=null,ba=e=>e!=null&&e>0,fr=ga(_a),uf=ga(ba);function ff(e,t,n,o=0,r=!1){let l=r?uf:fr,i=r?ba:_a;[t,n]=l(e,t,n);let a=e[t],u=e[t];if(t>-1)if(o==1)a=e[t],u=e[n];else if(o==-1)a=e[n],u=e[t];else for(let p=t;p<=n;p++){let d=e[p];i(d)&&(d<a?a=d:d>u&&(u=d))}return[a??_e,u??-_e]}function dr(e,t,n,o){let r=Gi(e),l=Gi(t);e==t&&(r==-1?(e*=n,t/=n):(e/=n,t*=n));let i=n==10?Wt:ya,a=r==1?pt:kt,u=l==1?kt:pt,p=a(i(ze(e))),d=u(i(ze(t))),m=eo(n,p),_=eo(n,d);return n==10&&(p<0&&(m=be(m,-p)),d<0&&(_=be(_,-d))),o||n==2?(e=m*r,t=_*l):(e=ka(e,m),t=pr(t,_)),[e,t]}function Ol(e,t,n,o){let r=dr(e,t,n,o);return e==0&&(r[0]=0),t==0&&(r[1]=0),r}var Il=.1,Vi={mode:3,pad:Il},Co={pad:0,soft:null,mode:0},df={min:Co,max:Co};function cr(e,t,n,o){return mr(n)?Wi(e,t,n):(Co.pad=n,Co.soft=o?0:null,Co.mode=o?3:0,Wi(e,t,df))}function ue(e,t){return e??t}function pf(e,t,n){for(t=ue(t,0),n=ue(n,e.length-1);t<=n;){if(e[t]!=null)return!0;t++}return!1}function Wi(e,t,n){let o=n.min,r=n.max,l=ue(o.pad,0),i=ue(r.pad,0),a=ue(o.hard,-_e),u=ue(r.hard,_e),p=ue(o.soft,_e),d=ue(r.soft,-_e),m=ue(o.mode,0),_=ue(r.mode,0),g=t-e,w=Wt(g),x=nt(ze(e),ze(t)),k=Wt(x),A=ze(k-w);(g<1e-24||A>10)&&(g=0,(e==0||t==0)&&(g=1e-24,m==2&&p!=_e&&(l=0),_==2&&d!=-_e&&(i=0)));let v=g||x||1e3,D=Wt(v),E=eo(10,pt(D)),R=v*(g==0?e==0?.1:1:l),S=be(ka(e-R,E/10),24),N=e>=p&&(m==1||m==3&&S<=p||m==2&&S>=p)?p:_e,I=nt(a,S<N&&e>=N?N:Pt(N,S)),Y=v*(g==0?t==0?.1:1:i),G=be(pr(t+Y,E/10),24),C=t<=d&&(_==1||_==3&&G>=d||_==2&&G<=d)?d:-_e,H=Pt(u,G>C&&t<=C?C:nt(C,G));return I==H&&I==0&&(H=100),[I,H]}var mf=new Intl.NumberFormat(ro?af.language:"en-US"),Fl=e=>mf.format(e),mt=Math,ir=mt.PI,ze=mt.abs,pt=mt.floor,qe=mt.round,kt=mt.ceil,Pt=mt.min,nt=mt.max,eo=mt.pow,Gi=mt.sign,Wt=mt.log10,ya=mt.log2,hf=(e,t=1)=>mt.sinh(e)*t,yl=(e,t=1)=>mt.asinh(e/t),_e=1/0;function Bi(e){return(Wt((e^e>>31)-(e>>31))|0)+1}function El(e,t,n){return Pt(nt(e,t),n)}function va(e){return typeof e=="function"}function re(e){return va(e)?e:()=>e}var gf=()=>{},$a=e=>e,wa=(e,t)=>t,_f=e=>null,ji=e=>!0,Ki=(e,t)=>e==t,bf=/\.\d*?(?=9{6,}|0{6,})/gm,Sn=e=>{if(Sa(e)||rn.has(e))return e;let t=`${e}`,n=t.match(bf);if(n==null)return e;let o=n[0].length-1;if(t.indexOf("e-")!=-1){let[r,l]=t.split("e");return+`${Sn(r)}e${l}`}return be(e,o)};function $n(e,t){return Sn(be(Sn(e/t))*t)}function pr(e,t){return Sn(kt(Sn(e/t))*t)}function ka(e,t){return Sn(pt(Sn(e/t))*t)}function be(e,t=0){if(Sa(e))return e;let n=10**t,o=e*n*(1+Number.EPSILON);return qe(o)/n}var rn=new Map;function xa(e){return((""+e).split(".")[1]||"").length}function Mo(e,t,n,o){let r=[],l=o.map(xa);for(let i=t;i<n;i++){let a=ze(i),u=be(eo(e,i),a);for(let p=0;p<o.length;p++){let d=e==10?+`${o[p]}e${i}`:o[p]*u,m=(i>=0?0:a)+(i>=l[p]?0:l[p]),_=e==10?d:be(d,m);r.push(_),rn.set(_,m)}}return r}var Ao={},ql=[],to=[null,null],on=Array.isArray,Sa=Number.isInteger,yf=e=>e===void 0;function Yi(e){return typeof e=="string"}function mr(e){let t=!1;if(e!=null){let n=e.constructor;t=n==null||n==Object}return t}function vf(e){return e!=null&&typeof e=="object"}var $f=Object.getPrototypeOf(Uint8Array),Ta="__proto__";function no(e,t=mr){let n;if(on(e)){let o=e.find(r=>r!=null);if(on(o)||t(o)){n=Array(e.length);for(let r=0;r<e.length;r++)n[r]=no(e[r],t)}else n=e.slice()}else if(e instanceof $f)n=e.slice();else if(t(e)){n={};for(let o in e)o!=Ta&&(n[o]=no(e[o],t))}else n=e;return n}function Oe(e){let t=arguments;for(let n=1;n<t.length;n++){let o=t[n];for(let r in o)r!=Ta&&(mr(e[r])?Oe(e[r],no(o[r])):e[r]=no(o[r]))}return e}var wf=0,kf=1,xf=2;function Sf(e,t,n){for(let o=0,r,l=-1;o<t.length;o++){let i=t[o];if(i>l){for(r=i-1;r>=0&&e[r]==null;)e[r--]=null;for(r=i+1;r<n&&e[r]==null;)e[l=r++]=null}}}function Tf(e,t){if(Af(e)){let i=e[0].slice();for(let a=1;a<e.length;a++)i.push(...e[a].slice(1));return Mf(i[0])||(i=Cf(i)),i}let n=new Set;for(let i=0;i<e.length;i++){let u=e[i][0],p=u.length;for(let d=0;d<p;d++)n.add(u[d])}let o=[Array.from(n).sort((i,a)=>i-a)],r=o[0].length,l=new Map;for(let i=0;i<r;i++)l.set(o[0][i],i);for(let i=0;i<e.length;i++){let a=e[i],u=a[0];for(let p=1;p<a.length;p++){let d=a[p],m=Array(r).fill(void 0),_=t?t[i][p]:kf,g=[];for(let w=0;w<d.length;w++){let x=d[w],k=l.get(u[w]);x===null?_!=wf&&(m[k]=x,_==xf&&g.push(k)):m[k]=x}Sf(m,g,r),o.push(m)}}return o}var Ef=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Cf(e){let t=e[0],n=t.length,o=Array(n);for(let l=0;l<o.length;l++)o[l]=l;o.sort((l,i)=>t[l]-t[i]);let r=[];for(let l=0;l<e.length;l++){let i=e[l],a=Array(n);for(let u=0;u<n;u++)a[u]=i[o[u]];r.push(a)}return r}function Af(e){let t=e[0][0],n=t.length;for(let o=1;o<e.length;o++){let r=e[o][0];if(r.length!=n)return!1;if(r!=t){for(let l=0;l<n;l++)if(r[l]!=t[l])return!1}}return!0}function Mf(e,t=100){let n=e.length;if(n<=1)return!0;let o=0,r=n-1;for(;o<=r&&e[o]==null;)o++;for(;r>=o&&e[r]==null;)r--;if(r<=o)return!0;let l=nt(1,pt((r-o+1)/t));for(let i=e[o],a=o+l;a<=r;a+=l){let u=e[a];if(u!=null){if(u<=i)return!1;i=u}}return!0}var Ea=["January","February","March","April","May","June","July","August","September","October","November","December"],Ca=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Aa(e){return e.slice(0,3)}var Pf=Ca.map(Aa),Df=Ea.map(Aa),Lf={MMMM:Ea,MMM:Df,WWWW:Ca,WWW:Pf};function xo(e){return(e<10?"0":"")+e}function Rf(e){return(e<10?"00":e<100?"0":"")+e}var Nf={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>xo(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>xo(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>xo(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>xo(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>xo(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Rf(e.getMilliseconds())};function zl(e,t){t=t||Lf;let n=[],o=/\{([a-z]+)\}|[^{]+/gi,r;for(;r=o.exec(e);)n.push(r[0][0]=="{"?Nf[r[1]]:r[0]);return l=>{let i="";for(let a=0;a<n.length;a++)i+=typeof n[a]=="string"?n[a]:n[a](l,t);return i}}var Of=new Intl.DateTimeFormat().resolvedOptions().timeZone;function If(e,t){let n;return t=="UTC"||t=="Etc/UTC"?n=new Date(+e+e.getTimezoneOffset()*6e4):t==Of?n=e:(n=new Date(e.toLocaleString("en-US",{timeZone:t})),n.setMilliseconds(e.getMilliseconds())),n}var Ma=e=>e%1==0,ur=[1,2,2.5,5],Ff=Mo(10,-32,0,ur),Pa=Mo(10,0,32,ur),qf=Pa.filter(Ma),wn=Ff.concat(Pa),Ul=`
`,Da="{YYYY}",Ji=Ul+Da,La="{M}/{D}",Eo=Ul+La,lr=Eo+"/{YY}",Ra="{aa}",zf="{h}:{mm}",Zn=zf+Ra,Qi=Ul+Zn,Zi=":{ss}",me=null;function Na(e){let t=e*1e3,n=t*60,o=n*60,r=o*24,l=r*30,i=r*365,u=(e==1?Mo(10,0,3,ur).filter(Ma):Mo(10,-3,0,ur)).concat([t,t*5,t*10,t*15,t*30,n,n*5,n*10,n*15,n*30,o,o*2,o*3,o*4,o*6,o*8,o*12,r,r*2,r*3,r*4,r*5,r*6,r*7,r*8,r*9,r*10,r*15,l,l*2,l*3,l*4,l*6,i,i*2,i*5,i*10,i*25,i*50,i*100]),p=[[i,Da,me,me,me,me,me,me,1],[r*28,"{MMM}",Ji,me,me,me,me,me,1],[r,La,Ji,me,me,me,me,me,1],[o,"{h}"+Ra,lr,me,Eo,me,me,me,1],[n,Zn,lr,me,Eo,me,me,me,1],[t,Zi,lr+" "+Zn,me,Eo+" "+Zn,me,Qi,me,1],[e,Zi+".{fff}",lr+" "+Zn,me,Eo+" "+Zn,me,Qi,me,1]];function d(m){return(_,g,w,x,k,A)=>{let v=[],D=k>=i,E=k>=l&&k<i,R=m(w),S=be(R*e,3),N=vl(R.getFullYear(),D?0:R.getMonth(),E||D?1:R.getDate()),I=be(N*e,3);if(E||D){let Y=E?k/l:0,G=D?k/i:0,C=S==I?S:be(vl(N.getFullYear()+G,N.getMonth()+Y,1)*e,3),H=new Date(qe(C/e)),O=H.getFullYear(),K=H.getMonth();for(let j=0;C<=x;j++){let le=vl(O+G*j,K+Y*j,1),B=le-m(be(le*e,3));C=be((+le+B)*e,3),C<=x&&v.push(C)}}else{let Y=k>=r?r:k,G=pt(w)-pt(S),C=I+G+pr(S-I,Y);v.push(C);let H=m(C),O=H.getHours()+H.getMinutes()/n+H.getSeconds()/o,K=k/o,j=_.axes[g]._space,le=A/j;for(;C=be(C+k,e==1?0:3),!(C>x);)if(K>1){let B=pt(be(O+K,6))%24,ie=m(C).getHours()-B;ie>1&&(ie=-1),C-=ie*o,O=(O+K)%24;let he=v[v.length-1];be((C-he)/k,3)*le>=.7&&v.push(C)}else v.push(C)}return v}}return[u,p,d]}var[Uf,Hf,Vf]=Na(1),[Wf,Gf,Bf]=Na(.001);Mo(2,-53,53,[1]);function Xi(e,t){return e.map(n=>n.map((o,r)=>r==0||r==8||o==null?o:t(r==1||n[8]==0?o:n[1]+o)))}function ea(e,t){return(n,o,r,l,i)=>{let a=t.find(w=>i>=w[0])||t[t.length-1],u,p,d,m,_,g;return o.map(w=>{let x=e(w),k=x.getFullYear(),A=x.getMonth(),v=x.getDate(),D=x.getHours(),E=x.getMinutes(),R=x.getSeconds(),S=k!=u&&a[2]||A!=p&&a[3]||v!=d&&a[4]||D!=m&&a[5]||E!=_&&a[6]||R!=g&&a[7]||a[1];return u=k,p=A,d=v,m=D,_=E,g=R,S(x)})}}function jf(e,t){let n=zl(t);return(o,r,l,i,a)=>r.map(u=>n(e(u)))}function vl(e,t,n){return new Date(e,t,n)}function ta(e,t){return t(e)}var Kf="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function na(e,t){return(n,o,r,l)=>l==null?Rl:t(e(o))}function Yf(e,t){let n=e.series[t];return n.width?n.stroke(e,t):n.points.width?n.points.stroke(e,t):null}function Jf(e,t){return e.series[t].fill(e,t)}var Qf={show:!0,live:!0,isolate:!1,mount:gf,markers:{show:!0,width:2,stroke:Yf,fill:Jf,dash:"solid"},idx:null,idxs:null,values:[]};function Zf(e,t){let n=e.cursor.points,o=wt(),r=n.size(e,t);Se(o,So,r),Se(o,To,r);let l=r/-2;Se(o,"marginLeft",l),Se(o,"marginTop",l);let i=n.width(e,t,r);return i&&Se(o,"borderWidth",i),o}function Xf(e,t){let n=e.series[t].points;return n._fill||n._stroke}function ed(e,t){let n=e.series[t].points;return n._stroke||n._fill}function td(e,t){return e.series[t].points.size}var $l=[0,0];function nd(e,t,n){return $l[0]=t,$l[1]=n,$l}function sr(e,t,n,o=!0){return r=>{r.button==0&&(!o||r.target==t)&&n(r)}}function wl(e,t,n,o=!0){return r=>{(!o||r.target==t)&&n(r)}}var od={show:!0,x:!0,y:!0,lock:!1,move:nd,points:{one:!1,show:Zf,size:td,width:0,stroke:ed,fill:Xf},bind:{mousedown:sr,mouseup:sr,click:sr,dblclick:sr,mousemove:wl,mouseleave:wl,mouseenter:wl},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,n,o,r)=>o-r,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Oa={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Hl=Oe({},Oa,{filter:wa}),Ia=Oe({},Hl,{size:10}),Fa=Oe({},Oa,{show:!1}),Vl='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',qa="bold "+Vl,za=1.5,oa={show:!0,scale:"x",stroke:Ll,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:qa,side:2,grid:Hl,ticks:Ia,border:Fa,font:Vl,lineGap:za,rotate:0},rd="Value",ld="Time",ra={show:!0,scale:"x",auto:!1,sorted:1,min:_e,max:-_e,idxs:[]};function sd(e,t,n,o,r){return t.map(l=>l==null?"":Fl(l))}function id(e,t,n,o,r,l,i){let a=[],u=rn.get(r)||0;n=i?n:be(pr(n,r),u);for(let p=n;p<=o;p=be(p+r,u))a.push(Object.is(p,-0)?0:p);return a}function Cl(e,t,n,o,r,l,i){let a=[],u=e.scales[e.axes[t].scale].log,p=u==10?Wt:ya,d=pt(p(n));r=eo(u,d),u==10&&(r=wn[Mt(r,wn)]);let m=n,_=r*u;u==10&&(_=wn[Mt(_,wn)]);do a.push(m),m=m+r,u==10&&!rn.has(m)&&(m=be(m,rn.get(r))),m>=_&&(r=m,_=r*u,u==10&&(_=wn[Mt(_,wn)]));while(m<=o);return a}function ad(e,t,n,o,r,l,i){let u=e.scales[e.axes[t].scale].asinh,p=o>u?Cl(e,t,nt(u,n),o,r):[u],d=o>=0&&n<=0?[0]:[];return(n<-u?Cl(e,t,nt(u,-o),-n,r):[u]).reverse().map(_=>-_).concat(d,p)}var Ua=/./,cd=/[12357]/,ud=/[125]/,la=/1/,Al=(e,t,n,o)=>e.map((r,l)=>t==4&&r==0||l%o==0&&n.test(r.toExponential()[r<0?1:0])?r:null);function fd(e,t,n,o,r){let l=e.axes[n],i=l.scale,a=e.scales[i],u=e.valToPos,p=l._space,d=u(10,i),m=u(9,i)-d>=p?Ua:u(7,i)-d>=p?cd:u(5,i)-d>=p?ud:la;if(m==la){let _=ze(u(1,i)-d);if(_<p)return Al(t.slice().reverse(),a.distr,m,kt(p/_)).reverse()}return Al(t,a.distr,m,1)}function dd(e,t,n,o,r){let l=e.axes[n],i=l.scale,a=l._space,u=e.valToPos,p=ze(u(1,i)-u(2,i));return p<a?Al(t.slice().reverse(),3,Ua,kt(a/p)).reverse():t}function pd(e,t,n,o){return o==null?Rl:t==null?"":Fl(t)}var sa={show:!0,scale:"y",stroke:Ll,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:qa,side:3,grid:Hl,ticks:Ia,border:Fa,font:Vl,lineGap:za,rotate:0};function md(e,t){let n=3+(e||1)*2;return be(n*t,3)}function hd(e,t){let{scale:n,idxs:o}=e.series[0],r=e._data[0],l=e.valToPos(r[o[0]],n,!0),i=e.valToPos(r[o[1]],n,!0),a=ze(i-l),u=e.series[t],p=a/(u.points.space*de);return o[1]-o[0]<=p}var ia={scale:null,auto:!0,sorted:0,min:_e,max:-_e},Ha=(e,t,n,o,r)=>r,aa={show:!0,auto:!0,sorted:0,gaps:Ha,alpha:1,facets:[Oe({},ia,{scale:"x"}),Oe({},ia,{scale:"y"})]},ca={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Ha,alpha:1,points:{show:hd,filter:null},values:null,min:_e,max:-_e,idxs:[],path:null,clip:null};function gd(e,t,n,o,r){return n/10}var Va={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},_d=Oe({},Va,{time:!1,ori:1}),ua={};function Wa(e,t){let n=ua[e];return n||(n={key:e,plots:[],sub(o){n.plots.push(o)},unsub(o){n.plots=n.plots.filter(r=>r!=o)},pub(o,r,l,i,a,u,p){for(let d=0;d<n.plots.length;d++)n.plots[d]!=r&&n.plots[d].pub(o,r,l,i,a,u,p)}},e!=null&&(ua[e]=n)),n}var oo=1,Ml=2;function Tn(e,t,n){let o=e.mode,r=e.series[t],l=o==2?e._data[t]:e._data,i=e.scales,a=e.bbox,u=l[0],p=o==2?l[1]:l[t],d=o==2?i[r.facets[0].scale]:i[e.series[0].scale],m=o==2?i[r.facets[1].scale]:i[r.scale],_=a.left,g=a.top,w=a.width,x=a.height,k=e.valToPosH,A=e.valToPosV;return d.ori==0?n(r,u,p,d,m,k,A,_,g,w,x,gr,lo,br,Ba,Ka):n(r,u,p,d,m,A,k,g,_,x,w,_r,so,Bl,ja,Ya)}function Wl(e,t){let n=0,o=0,r=ue(e.bands,ql);for(let l=0;l<r.length;l++){let i=r[l];i.series[0]==t?n=i.dir:i.series[1]==t&&(i.dir==1?o|=1:o|=2)}return[n,o==1?-1:o==2?1:o==3?2:0]}function bd(e,t,n,o,r){let l=e.mode,i=e.series[t],a=l==2?i.facets[1].scale:i.scale,u=e.scales[a];return r==-1?u.min:r==1?u.max:u.distr==3?u.dir==1?u.min:u.max:0}function Gt(e,t,n,o,r,l){return Tn(e,t,(i,a,u,p,d,m,_,g,w,x,k)=>{let A=i.pxRound,v=p.dir*(p.ori==0?1:-1),D=p.ori==0?lo:so,E,R;v==1?(E=n,R=o):(E=o,R=n);let S=A(m(a[E],p,x,g)),N=A(_(u[E],d,k,w)),I=A(m(a[R],p,x,g)),Y=A(_(l==1?d.max:d.min,d,k,w)),G=new Path2D(r);return D(G,I,Y),D(G,S,Y),D(G,S,N),G})}function hr(e,t,n,o,r,l){let i=null;if(e.length>0){i=new Path2D;let a=t==0?br:Bl,u=n;for(let m=0;m<e.length;m++){let _=e[m];if(_[1]>_[0]){let g=_[0]-u;g>0&&a(i,u,o,g,o+l),u=_[1]}}let p=n+r-u,d=10;p>0&&a(i,u,o-d/2,p,o+l+d)}return i}function yd(e,t,n){let o=e[e.length-1];o&&o[0]==t?o[1]=n:e.push([t,n])}function Gl(e,t,n,o,r,l,i){let a=[],u=e.length;for(let p=r==1?n:o;p>=n&&p<=o;p+=r)if(t[p]===null){let m=p,_=p;if(r==1)for(;++p<=o&&t[p]===null;)_=p;else for(;--p>=n&&t[p]===null;)_=p;let g=l(e[m]),w=_==m?g:l(e[_]),x=m-r;g=i<=0&&x>=0&&x<u?l(e[x]):g;let A=_+r;w=i>=0&&A>=0&&A<u?l(e[A]):w,w>=g&&a.push([g,w])}return a}function fa(e){return e==0?$a:e==1?qe:t=>$n(t,e)}function Ga(e){let t=e==0?gr:_r,n=e==0?(r,l,i,a,u,p)=>{r.arcTo(l,i,a,u,p)}:(r,l,i,a,u,p)=>{r.arcTo(i,l,u,a,p)},o=e==0?(r,l,i,a,u)=>{r.rect(l,i,a,u)}:(r,l,i,a,u)=>{r.rect(i,l,u,a)};return(r,l,i,a,u,p=0,d=0)=>{p==0&&d==0?o(r,l,i,a,u):(p=Pt(p,a/2,u/2),d=Pt(d,a/2,u/2),t(r,l+p,i),n(r,l+a,i,l+a,i+u,p),n(r,l+a,i+u,l,i+u,d),n(r,l,i+u,l,i,d),n(r,l,i,l+a,i,p),r.closePath())}}var gr=(e,t,n)=>{e.moveTo(t,n)},_r=(e,t,n)=>{e.moveTo(n,t)},lo=(e,t,n)=>{e.lineTo(t,n)},so=(e,t,n)=>{e.lineTo(n,t)},br=Ga(0),Bl=Ga(1),Ba=(e,t,n,o,r,l)=>{e.arc(t,n,o,r,l)},ja=(e,t,n,o,r,l)=>{e.arc(n,t,o,r,l)},Ka=(e,t,n,o,r,l,i)=>{e.bezierCurveTo(t,n,o,r,l,i)},Ya=(e,t,n,o,r,l,i)=>{e.bezierCurveTo(n,t,r,o,i,l)};function Ja(e){return(t,n,o,r,l)=>Tn(t,n,(i,a,u,p,d,m,_,g,w,x,k)=>{let{pxRound:A,points:v}=i,D,E;p.ori==0?(D=gr,E=Ba):(D=_r,E=ja);let R=be(v.width*de,3),S=(v.size-v.width)/2*de,N=be(S*2,3),I=new Path2D,Y=new Path2D,{left:G,top:C,width:H,height:O}=t.bbox;br(Y,G-N,C-N,H+N*2,O+N*2);let K=j=>{if(u[j]!=null){let le=A(m(a[j],p,x,g)),B=A(_(u[j],d,k,w));D(I,le+S,B),E(I,le,B,S,0,ir*2)}};if(l)l.forEach(K);else for(let j=o;j<=r;j++)K(j);return{stroke:R>0?I:null,fill:I,clip:Y,flags:oo|Ml}})}function Qa(e){return(t,n,o,r,l,i)=>{o!=r&&(l!=o&&i!=o&&e(t,n,o),l!=r&&i!=r&&e(t,n,r),e(t,n,i))}}var vd=Qa(lo),$d=Qa(so);function Za(e){let t=ue(e?.alignGaps,0);return(n,o,r,l)=>Tn(n,o,(i,a,u,p,d,m,_,g,w,x,k)=>{[r,l]=fr(u,r,l);let A=i.pxRound,v=O=>A(m(O,p,x,g)),D=O=>A(_(O,d,k,w)),E,R;p.ori==0?(E=lo,R=vd):(E=so,R=$d);let S=p.dir*(p.ori==0?1:-1),N={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:oo},I=N.stroke,Y=!1;if(l-r>=x*4){let O=V=>n.posToVal(V,p.key,!0),K=null,j=null,le,B,ot,Te=v(a[S==1?r:l]),ie=v(a[r]),he=v(a[l]),ne=O(S==1?ie+1:he-1);for(let V=S==1?r:l;V>=r&&V<=l;V+=S){let Ie=a[V],Ee=(S==1?Ie<ne:Ie>ne)?Te:v(Ie),pe=u[V];Ee==Te?pe!=null?(B=pe,K==null?(E(I,Ee,D(B)),le=K=j=B):B<K?K=B:B>j&&(j=B)):pe===null&&(Y=!0):(K!=null&&R(I,Te,D(K),D(j),D(le),D(B)),pe!=null?(B=pe,E(I,Ee,D(B)),K=j=le=B):(K=j=null,pe===null&&(Y=!0)),Te=Ee,ne=O(Te+S))}K!=null&&K!=j&&ot!=Te&&R(I,Te,D(K),D(j),D(le),D(B))}else for(let O=S==1?r:l;O>=r&&O<=l;O+=S){let K=u[O];K===null?Y=!0:K!=null&&E(I,v(a[O]),D(K))}let[C,H]=Wl(n,o);if(i.fill!=null||C!=0){let O=N.fill=new Path2D(I),K=i.fillTo(n,o,i.min,i.max,C),j=D(K),le=v(a[r]),B=v(a[l]);S==-1&&([B,le]=[le,B]),E(O,B,j),E(O,le,j)}if(!i.spanGaps){let O=[];Y&&O.push(...Gl(a,u,r,l,S,v,t)),N.gaps=O=i.gaps(n,o,r,l,O),N.clip=hr(O,p.ori,g,w,x,k)}return H!=0&&(N.band=H==2?[Gt(n,o,r,l,I,-1),Gt(n,o,r,l,I,1)]:Gt(n,o,r,l,I,H)),N})}function wd(e){let t=ue(e.align,1),n=ue(e.ascDesc,!1),o=ue(e.alignGaps,0),r=ue(e.extend,!1);return(l,i,a,u)=>Tn(l,i,(p,d,m,_,g,w,x,k,A,v,D)=>{[a,u]=fr(m,a,u);let E=p.pxRound,{left:R,width:S}=l.bbox,N=ie=>E(w(ie,_,v,k)),I=ie=>E(x(ie,g,D,A)),Y=_.ori==0?lo:so,G={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:oo},C=G.stroke,H=_.dir*(_.ori==0?1:-1),O=I(m[H==1?a:u]),K=N(d[H==1?a:u]),j=K,le=K;r&&t==-1&&(le=R,Y(C,le,O)),Y(C,K,O);for(let ie=H==1?a:u;ie>=a&&ie<=u;ie+=H){let he=m[ie];if(he==null)continue;let ne=N(d[ie]),V=I(he);t==1?Y(C,ne,O):Y(C,j,V),Y(C,ne,V),O=V,j=ne}let B=j;r&&t==1&&(B=R+S,Y(C,B,O));let[ot,Te]=Wl(l,i);if(p.fill!=null||ot!=0){let ie=G.fill=new Path2D(C),he=p.fillTo(l,i,p.min,p.max,ot),ne=I(he);Y(ie,B,ne),Y(ie,le,ne)}if(!p.spanGaps){let ie=[];ie.push(...Gl(d,m,a,u,H,N,o));let he=p.width*de/2,ne=n||t==1?he:-he,V=n||t==-1?-he:he;ie.forEach(Ie=>{Ie[0]+=ne,Ie[1]+=V}),G.gaps=ie=p.gaps(l,i,a,u,ie),G.clip=hr(ie,_.ori,k,A,v,D)}return Te!=0&&(G.band=Te==2?[Gt(l,i,a,u,C,-1),Gt(l,i,a,u,C,1)]:Gt(l,i,a,u,C,Te)),G})}function da(e,t,n,o,r,l,i=_e){if(e.length>1){let a=null;for(let u=0,p=1/0;u<e.length;u++)if(t[u]!==void 0){if(a!=null){let d=ze(e[u]-e[a]);d<p&&(p=d,i=ze(n(e[u],o,r,l)-n(e[a],o,r,l)))}a=u}}return i}function kd(e){e=e||Ao;let t=ue(e.size,[.6,_e,1]),n=e.align||0,o=e.gap||0,r=e.radius;r=r==null?[0,0]:typeof r=="number"?[r,0]:r;let l=re(r),i=1-t[0],a=ue(t[1],_e),u=ue(t[2],1),p=ue(e.disp,Ao),d=ue(e.each,g=>{}),{fill:m,stroke:_}=p;return(g,w,x,k)=>Tn(g,w,(A,v,D,E,R,S,N,I,Y,G,C)=>{let H=A.pxRound,O=n,K=o*de,j=a*de,le=u*de,B,ot;E.ori==0?[B,ot]=l(g,w):[ot,B]=l(g,w);let Te=E.dir*(E.ori==0?1:-1),ie=E.ori==0?br:Bl,he=E.ori==0?d:(z,ye,Fe,Ln,cn,Lt,un)=>{d(z,ye,Fe,cn,Ln,un,Lt)},ne=ue(g.bands,ql).find(z=>z.series[0]==w),V=ne!=null?ne.dir:0,Ie=A.fillTo(g,w,A.min,A.max,V),Qe=H(N(Ie,R,C,Y)),Ee,pe,xt,st=G,Ae=H(A.width*de),Dt=!1,Ut=null,ht=null,Bt=null,Mn=null;m!=null&&(Ae==0||_!=null)&&(Dt=!0,Ut=m.values(g,w,x,k),ht=new Map,new Set(Ut).forEach(z=>{z!=null&&ht.set(z,new Path2D)}),Ae>0&&(Bt=_.values(g,w,x,k),Mn=new Map,new Set(Bt).forEach(z=>{z!=null&&Mn.set(z,new Path2D)})));let{x0:Pn,size:io}=p;if(Pn!=null&&io!=null){O=1,v=Pn.values(g,w,x,k),Pn.unit==2&&(v=v.map(Fe=>g.posToVal(I+Fe*G,E.key,!0)));let z=io.values(g,w,x,k);io.unit==2?pe=z[0]*G:pe=S(z[0],E,G,I)-S(0,E,G,I),st=da(v,D,S,E,G,I,st),xt=st-pe+K}else st=da(v,D,S,E,G,I,st),xt=st*i+K,pe=st-xt;xt<1&&(xt=0),Ae>=pe/2&&(Ae=0),xt<5&&(H=$a);let Po=xt>0,sn=st-xt-(Po?Ae:0);pe=H(El(sn,le,j)),Ee=(O==0?pe/2:O==Te?0:pe)-O*Te*((O==0?K/2:0)+(Po?Ae/2:0));let Ze={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Dn=Dt?null:new Path2D,Ht=null;if(ne!=null)Ht=g.data[ne.series[1]];else{let{y0:z,y1:ye}=p;z!=null&&ye!=null&&(D=ye.values(g,w,x,k),Ht=z.values(g,w,x,k))}let an=B*pe,ee=ot*pe;for(let z=Te==1?x:k;z>=x&&z<=k;z+=Te){let ye=D[z];if(ye==null)continue;if(Ht!=null){let rt=Ht[z]??0;if(ye-rt==0)continue;Qe=N(rt,R,C,Y)}let Fe=E.distr!=2||p!=null?v[z]:z,Ln=S(Fe,E,G,I),cn=N(ue(ye,Ie),R,C,Y),Lt=H(Ln-Ee),un=H(nt(cn,Qe)),it=H(Pt(cn,Qe)),gt=un-it;if(ye!=null){let rt=ye<0?ee:an,St=ye<0?an:ee;Dt?(Ae>0&&Bt[z]!=null&&ie(Mn.get(Bt[z]),Lt,it+pt(Ae/2),pe,nt(0,gt-Ae),rt,St),Ut[z]!=null&&ie(ht.get(Ut[z]),Lt,it+pt(Ae/2),pe,nt(0,gt-Ae),rt,St)):ie(Dn,Lt,it+pt(Ae/2),pe,nt(0,gt-Ae),rt,St),he(g,w,z,Lt-Ae/2,it,pe+Ae,gt)}}return Ae>0?Ze.stroke=Dt?Mn:Dn:Dt||(Ze._fill=A.width==0?A._fill:A._stroke??A._fill,Ze.width=0),Ze.fill=Dt?ht:Dn,Ze})}function xd(e,t){let n=ue(t?.alignGaps,0);return(o,r,l,i)=>Tn(o,r,(a,u,p,d,m,_,g,w,x,k,A)=>{[l,i]=fr(p,l,i);let v=a.pxRound,D=B=>v(_(B,d,k,w)),E=B=>v(g(B,m,A,x)),R,S,N;d.ori==0?(R=gr,N=lo,S=Ka):(R=_r,N=so,S=Ya);let I=d.dir*(d.ori==0?1:-1),Y=D(u[I==1?l:i]),G=Y,C=[],H=[];for(let B=I==1?l:i;B>=l&&B<=i;B+=I)if(p[B]!=null){let Te=u[B],ie=D(Te);C.push(G=ie),H.push(E(p[B]))}let O={stroke:e(C,H,R,N,S,v),fill:null,clip:null,band:null,gaps:null,flags:oo},K=O.stroke,[j,le]=Wl(o,r);if(a.fill!=null||j!=0){let B=O.fill=new Path2D(K),ot=a.fillTo(o,r,a.min,a.max,j),Te=E(ot);N(B,G,Te),N(B,Y,Te)}if(!a.spanGaps){let B=[];B.push(...Gl(u,p,l,i,I,D,n)),O.gaps=B=a.gaps(o,r,l,i,B),O.clip=hr(B,d.ori,w,x,k,A)}return le!=0&&(O.band=le==2?[Gt(o,r,l,i,K,-1),Gt(o,r,l,i,K,1)]:Gt(o,r,l,i,K,le)),O})}function Sd(e){return xd(Td,e)}function Td(e,t,n,o,r,l){let i=e.length;if(i<2)return null;let a=new Path2D;if(n(a,e[0],t[0]),i==2)o(a,e[1],t[1]);else{let u=Array(i),p=Array(i-1),d=Array(i-1),m=Array(i-1);for(let _=0;_<i-1;_++)d[_]=t[_+1]-t[_],m[_]=e[_+1]-e[_],p[_]=d[_]/m[_];u[0]=p[0];for(let _=1;_<i-1;_++)p[_]===0||p[_-1]===0||p[_-1]>0!=p[_]>0?u[_]=0:(u[_]=3*(m[_-1]+m[_])/((2*m[_]+m[_-1])/p[_-1]+(m[_]+2*m[_-1])/p[_]),isFinite(u[_])||(u[_]=0));u[i-1]=p[i-2];for(let _=0;_<i-1;_++)r(a,e[_]+m[_]/3,t[_]+u[_]*m[_]/3,e[_+1]-m[_]/3,t[_+1]-u[_+1]*m[_]/3,e[_+1],t[_+1])}return a}var Pl=new Set;function pa(){for(let e of Pl)e.syncRect(!0)}ro&&(xn(lf,Xn,pa),xn(sf,Xn,pa,!0),xn(ar,Xn,()=>{Ue.pxRatio=de}));var Ed=Za(),Cd=Ja();function ma(e,t,n,o){return(o?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((l,i)=>Dl(l,i,t,n))}function Ad(e,t){return e.map((n,o)=>o==0?{}:Oe({},t,n))}function Dl(e,t,n,o){return Oe({},t==0?n:o,e)}function Xa(e,t,n){return t==null?to:[t,n]}var Md=Xa;function Pd(e,t,n){return t==null?to:cr(t,n,Il,!0)}function ec(e,t,n,o){return t==null?to:dr(t,n,e.scales[o].log,!1)}var Dd=ec;function tc(e,t,n,o){return t==null?to:Ol(t,n,e.scales[o].log,!1)}var Ld=tc;function Rd(e,t,n,o,r){let l=nt(Bi(e),Bi(t)),i=t-e,a=Mt(r/o*i,n);do{let u=n[a],p=o*u/i;if(p>=r&&l+(u<5?rn.get(u):0)<=17)return[u,p]}while(++a<n.length);return[0,0]}function ha(e){let t,n;return e=e.replace(/(\d+)px/,(o,r)=>(t=qe((n=+r)*de))+"px"),[e,t,n]}function Nd(e){e.show&&[e.font,e.labelFont].forEach(t=>{let n=be(t[2]*de,1);t[0]=t[0].replace(/[0-9.]+px/,n+"px"),t[1]=n})}function Ue(e,t,n){let o={mode:ue(e.mode,1)},r=o.mode;function l(s,c,f,h){let b=c.valToPct(s);return h+f*(c.dir==-1?1-b:b)}function i(s,c,f,h){let b=c.valToPct(s);return h+f*(c.dir==-1?b:1-b)}function a(s,c,f,h){return c.ori==0?l(s,c,f,h):i(s,c,f,h)}o.valToPosH=l,o.valToPosV=i;let u=!1;o.status=0;let p=o.root=wt(Uu);if(e.id!=null&&(p.id=e.id),dt(p,e.class),e.title){let s=wt(Wu,p);s.textContent=e.title}let d=At("canvas"),m=o.ctx=d.getContext("2d"),_=wt(Gu,p);xn("click",_,s=>{s.target===w&&($e!=Wn||Ce!=Gn)&&Ye.click(o,s)},!0);let g=o.under=wt(Bu,_);_.appendChild(d);let w=o.over=wt(ju,_);e=no(e);let x=+ue(e.pxAlign,1),k=fa(x);(e.plugins||[]).forEach(s=>{s.opts&&(e=s.opts(o,e)||e)});let A=e.ms||.001,v=o.series=r==1?ma(e.series||[],ra,ca,!1):Ad(e.series||[null],aa),D=o.axes=ma(e.axes||[],oa,sa,!0),E=o.scales={},R=o.bands=e.bands||[];R.forEach(s=>{s.fill=re(s.fill||null),s.dir=ue(s.dir,-1)});let S=r==2?v[1].facets[0].scale:v[0].scale,N={axes:Ic,series:Dc},I=(e.drawOrder||["axes","series"]).map(s=>N[s]);function Y(s){let c=s.distr==3?f=>Wt(f>0?f:s.clamp(o,f,s.min,s.max,s.key)):s.distr==4?f=>yl(f,s.asinh):s.distr==100?f=>s.fwd(f):f=>f;return f=>{let h=c(f),{_min:b,_max:$}=s,T=$-b;return(h-b)/T}}function G(s){let c=E[s];if(c==null){let f=(e.scales||Ao)[s]||Ao;if(f.from!=null){G(f.from);let h=Oe({},E[f.from],f,{key:s});h.valToPct=Y(h),E[s]=h}else{c=E[s]=Oe({},s==S?Va:_d,f),c.key=s;let h=c.time,b=c.range,$=on(b);if((s!=S||r==2&&!h)&&($&&(b[0]==null||b[1]==null)&&(b={min:b[0]==null?Vi:{mode:1,hard:b[0],soft:b[0]},max:b[1]==null?Vi:{mode:1,hard:b[1],soft:b[1]}},$=!1),!$&&mr(b))){let T=b;b=(M,L,F)=>L==null?to:cr(L,F,T)}c.range=re(b||(h?Md:s==S?c.distr==3?Dd:c.distr==4?Ld:Xa:c.distr==3?ec:c.distr==4?tc:Pd)),c.auto=re($?!1:c.auto),c.clamp=re(c.clamp||gd),c._min=c._max=null,c.valToPct=Y(c)}}}G("x"),G("y"),r==1&&v.forEach(s=>{G(s.scale)}),D.forEach(s=>{G(s.scale)});for(let s in e.scales)G(s);let C=E[S],H=C.distr,O,K;C.ori==0?(dt(p,Hu),O=l,K=i):(dt(p,Vu),O=i,K=l);let j={};for(let s in E){let c=E[s];(c.min!=null||c.max!=null)&&(j[s]={min:c.min,max:c.max},c.min=c.max=null)}let le=e.tzDate||(s=>new Date(qe(s/A))),B=e.fmtDate||zl,ot=A==1?Vf(le):Bf(le),Te=ea(le,Xi(A==1?Hf:Gf,B)),ie=na(le,ta(Kf,B)),he=[],ne=o.legend=Oe({},Qf,e.legend),V=o.cursor=Oe({},od,{drag:{y:r==2}},e.cursor),Ie=ne.show,Qe=V.show,Ee=ne.markers;ne.idxs=he,Ee.width=re(Ee.width),Ee.dash=re(Ee.dash),Ee.stroke=re(Ee.stroke),Ee.fill=re(Ee.fill);let pe,xt,st,Ae=[],Dt=[],Ut,ht=!1,Bt={};if(ne.live){let s=v[1]?v[1].values:null;ht=s!=null,Ut=ht?s(o,1,0):{_:0};for(let c in Ut)Bt[c]=Rl}if(Ie)if(pe=At("table",Xu,p),st=At("tbody",null,pe),ne.mount(o,pe),ht){xt=At("thead",null,pe,st);let s=At("tr",null,xt);At("th",null,s);for(var Mn in Ut)At("th",Mi,s).textContent=Mn}else dt(pe,tf),ne.live&&dt(pe,ef);let Pn={show:!0},io={show:!1};function Po(s,c){if(c==0&&(ht||!ne.live||r==2))return to;let f=[],h=At("tr",nf,st,st.childNodes[c]);dt(h,s.class),s.show||dt(h,kn);let b=At("th",null,h);if(Ee.show){let M=wt(of,b);if(c>0){let L=Ee.width(o,c);L&&(M.style.border=L+"px "+Ee.dash(o,c)+" "+Ee.stroke(o,c)),M.style.background=Ee.fill(o,c)}}let $=wt(Mi,b);s.label instanceof HTMLElement?$.appendChild(s.label):$.textContent=s.label,c>0&&(Ee.show||($.style.color=s.width>0?Ee.stroke(o,c):Ee.fill(o,c)),Ze("click",b,M=>{if(V._lock)return;dn(M);let L=v.indexOf(s);if((M.ctrlKey||M.metaKey)!=ne.isolate){let F=v.some((q,U)=>U>0&&U!=L&&q.show);v.forEach((q,U)=>{U>0&&Nt(U,F?U==L?Pn:io:Pn,!0,Ne.setSeries)})}else Nt(L,{show:!s.show},!0,Ne.setSeries)},!1),Nn&&Ze(Ri,b,M=>{V._lock||(dn(M),Nt(v.indexOf(s),jn,!0,Ne.setSeries))},!1));for(var T in Ut){let M=At("td",rf,h);M.textContent="--",f.push(M)}return[h,f]}let sn=new Map;function Ze(s,c,f,h=!0){let b=sn.get(c)||{},$=V.bind[s](o,c,f,h);$&&(xn(s,c,b[s]=$),sn.set(c,b))}function Dn(s,c,f){let h=sn.get(c)||{};for(let b in h)(s==null||b==s)&&(Tl(b,c,h[b]),delete h[b]);s==null&&sn.delete(c)}let Ht=0,an=0,ee=0,z=0,ye=0,Fe=0,Ln=ye,cn=Fe,Lt=ee,un=z,it=0,gt=0,rt=0,St=0;o.bbox={};let wr=!1,Do=!1,Rn=!1,fn=!1,Lo=!1,_t=!1;function kr(s,c,f){(f||s!=o.width||c!=o.height)&&Zl(s,c),zn(!1),Rn=!0,Do=!0,Un()}function Zl(s,c){o.width=Ht=ee=s,o.height=an=z=c,ye=Fe=0,Sc(),Tc();let f=o.bbox;it=f.left=$n(ye*de,.5),gt=f.top=$n(Fe*de,.5),rt=f.width=$n(ee*de,.5),St=f.height=$n(z*de,.5)}let wc=3;function kc(){let s=!1,c=0;for(;!s;){c++;let f=Nc(c),h=Oc(c);s=c==wc||f&&h,s||(Zl(o.width,o.height),Do=!0)}}function xc({width:s,height:c}){kr(s,c)}o.setSize=xc;function Sc(){let s=!1,c=!1,f=!1,h=!1;D.forEach((b,$)=>{if(b.show&&b._show){let{side:T,_size:M}=b,L=T%2,F=b.label!=null?b.labelSize:0,q=M+F;q>0&&(L?(ee-=q,T==3?(ye+=q,h=!0):f=!0):(z-=q,T==0?(Fe+=q,s=!0):c=!0))}}),pn[0]=s,pn[1]=f,pn[2]=c,pn[3]=h,ee-=jt[1]+jt[3],ye+=jt[3],z-=jt[2]+jt[0],Fe+=jt[0]}function Tc(){let s=ye+ee,c=Fe+z,f=ye,h=Fe;function b($,T){switch($){case 1:return s+=T,s-T;case 2:return c+=T,c-T;case 3:return f-=T,f+T;case 0:return h-=T,h+T}}D.forEach(($,T)=>{if($.show&&$._show){let M=$.side;$._pos=b(M,$._size),$.label!=null&&($._lpos=b(M,$.labelSize))}})}if(V.dataIdx==null){let s=V.hover,c=s.skip=new Set(s.skip??[]);c.add(void 0);let f=s.prox=re(s.prox),h=s.bias??(s.bias=0);V.dataIdx=(b,$,T,M)=>{if($==0)return T;let L=T,F=f(b,$,T,M)??_e,q=F>=0&&F<_e,U=C.ori==0?ee:z,X=V.left,fe=t[0],ae=t[$];if(c.has(ae[T])){L=null;let oe=null,J=null,W;if(h==0||h==-1)for(W=T;oe==null&&W-- >0;)c.has(ae[W])||(oe=W);if(h==0||h==1)for(W=T;J==null&&W++<ae.length;)c.has(ae[W])||(J=W);if(oe!=null||J!=null)if(q){let ke=oe==null?-1/0:O(fe[oe],C,U,0),Me=J==null?1/0:O(fe[J],C,U,0),je=X-ke,ge=Me-X;je<=ge?je<=F&&(L=oe):ge<=F&&(L=J)}else L=J==null?oe:oe==null?J:T-oe<=J-T?oe:J}else q&&ze(X-O(fe[T],C,U,0))>F&&(L=null);return L}}let dn=s=>{V.event=s};V.idxs=he,V._lock=!1;let Je=V.points;Je.show=re(Je.show),Je.size=re(Je.size),Je.stroke=re(Je.stroke),Je.width=re(Je.width),Je.fill=re(Je.fill);let Rt=o.focus=Oe({},e.focus||{alpha:.3},V.focus),Nn=Rt.prox>=0,On=Nn&&Je.one,bt=[],In=[],Fn=[];function Xl(s,c){let f=Je.show(o,c);if(f instanceof HTMLElement)return dt(f,Zu),dt(f,s.class),zt(f,-10,-10,ee,z),w.insertBefore(f,bt[c]),f}function es(s,c){if(r==1||c>0){let f=r==1&&E[s.scale].time,h=s.value;s.value=f?Yi(h)?na(le,ta(h,B)):h||ie:h||pd,s.label=s.label||(f?ld:rd)}if(On||c>0){s.width=s.width==null?1:s.width,s.paths=s.paths||Ed||_f,s.fillTo=re(s.fillTo||bd),s.pxAlign=+ue(s.pxAlign,x),s.pxRound=fa(s.pxAlign),s.stroke=re(s.stroke||null),s.fill=re(s.fill||null),s._stroke=s._fill=s._paths=s._focus=null;let f=md(nt(1,s.width),1),h=s.points=Oe({},{size:f,width:nt(1,f*.2),stroke:s.stroke,space:f*2,paths:Cd,_stroke:null,_fill:null},s.points);h.show=re(h.show),h.filter=re(h.filter),h.fill=re(h.fill),h.stroke=re(h.stroke),h.paths=re(h.paths),h.pxAlign=s.pxAlign}if(Ie){let f=Po(s,c);Ae.splice(c,0,f[0]),Dt.splice(c,0,f[1]),ne.values.push(null)}if(Qe){he.splice(c,0,null);let f=null;On?c==0&&(f=Xl(s,c)):c>0&&(f=Xl(s,c)),bt.splice(c,0,f),In.splice(c,0,0),Fn.splice(c,0,0)}Be("addSeries",c)}function Ec(s,c){c=c??v.length,s=r==1?Dl(s,c,ra,ca):Dl(s,c,{},aa),v.splice(c,0,s),es(v[c],c)}o.addSeries=Ec;function Cc(s){if(v.splice(s,1),Ie){ne.values.splice(s,1),Dt.splice(s,1);let c=Ae.splice(s,1)[0];Dn(null,c.firstChild),c.remove()}Qe&&(he.splice(s,1),bt.splice(s,1)[0].remove(),In.splice(s,1),Fn.splice(s,1)),Be("delSeries",s)}o.delSeries=Cc;let pn=[!1,!1,!1,!1];function Ac(s,c){if(s._show=s.show,s.show){let f=s.side%2,h=E[s.scale];h==null&&(s.scale=f?v[1].scale:S,h=E[s.scale]);let b=h.time;s.size=re(s.size),s.space=re(s.space),s.rotate=re(s.rotate),on(s.incrs)&&s.incrs.forEach(T=>{!rn.has(T)&&rn.set(T,xa(T))}),s.incrs=re(s.incrs||(h.distr==2?qf:b?A==1?Uf:Wf:wn)),s.splits=re(s.splits||(b&&h.distr==1?ot:h.distr==3?Cl:h.distr==4?ad:id)),s.stroke=re(s.stroke),s.grid.stroke=re(s.grid.stroke),s.ticks.stroke=re(s.ticks.stroke),s.border.stroke=re(s.border.stroke);let $=s.values;s.values=on($)&&!on($[0])?re($):b?on($)?ea(le,Xi($,B)):Yi($)?jf(le,$):$||Te:$||sd,s.filter=re(s.filter||(h.distr>=3&&h.log==10?fd:h.distr==3&&h.log==2?dd:wa)),s.font=ha(s.font),s.labelFont=ha(s.labelFont),s._size=s.size(o,null,c,0),s._space=s._rotate=s._incrs=s._found=s._splits=s._values=null,s._size>0&&(pn[c]=!0,s._el=wt(Ku,_))}}function ao(s,c,f,h){let[b,$,T,M]=f,L=c%2,F=0;return L==0&&(M||$)&&(F=c==0&&!b||c==2&&!T?qe(oa.size/3):0),L==1&&(b||T)&&(F=c==1&&!$||c==3&&!M?qe(sa.size/2):0),F}let ts=o.padding=(e.padding||[ao,ao,ao,ao]).map(s=>re(ue(s,ao))),jt=o._padding=ts.map((s,c)=>s(o,c,pn,0)),Ke,He=null,Ve=null,Ro=r==1?v[0].idxs:null,Tt=null,co=!1;function ns(s,c){if(t=s??[],o.data=o._data=t,r==2){Ke=0;for(let f=1;f<v.length;f++)Ke+=t[f][0].length}else{t.length==0&&(o.data=o._data=t=[[]]),Tt=t[0],Ke=Tt.length;let f=t;if(H==2){f=t.slice();let h=f[0]=Array(Ke);for(let b=0;b<Ke;b++)h[b]=b}o._data=t=f}if(zn(!0),Be("setData"),H==2&&(Rn=!0),c!==!1){let f=C;f.auto(o,co)?xr():Yt(S,f.min,f.max),fn=fn||V.left>=0,_t=!0,Un()}}o.setData=ns;function xr(){co=!0;let s,c;r==1&&(Ke>0?(He=Ro[0]=0,Ve=Ro[1]=Ke-1,s=t[0][He],c=t[0][Ve],H==2?(s=He,c=Ve):s==c&&(H==3?[s,c]=dr(s,s,C.log,!1):H==4?[s,c]=Ol(s,s,C.log,!1):C.time?c=s+qe(86400/A):[s,c]=cr(s,c,Il,!0))):(He=Ro[0]=s=null,Ve=Ro[1]=c=null)),Yt(S,s,c)}let No,qn,Sr,Tr,Er,Cr,Ar,Mr,Pr,lt;function os(s,c,f,h,b,$){s??(s=Di),f??(f=ql),h??(h="butt"),b??(b=Di),$??($="round"),s!=No&&(m.strokeStyle=No=s),b!=qn&&(m.fillStyle=qn=b),c!=Sr&&(m.lineWidth=Sr=c),$!=Er&&(m.lineJoin=Er=$),h!=Cr&&(m.lineCap=Cr=h),f!=Tr&&m.setLineDash(Tr=f)}function rs(s,c,f,h){c!=qn&&(m.fillStyle=qn=c),s!=Ar&&(m.font=Ar=s),f!=Mr&&(m.textAlign=Mr=f),h!=Pr&&(m.textBaseline=Pr=h)}function Dr(s,c,f,h,b=0){if(h.length>0&&s.auto(o,co)&&(c==null||c.min==null)){let $=ue(He,0),T=ue(Ve,h.length-1),M=f.min==null?ff(h,$,T,b,s.distr==3):[f.min,f.max];s.min=Pt(s.min,f.min=M[0]),s.max=nt(s.max,f.max=M[1])}}let ls={min:null,max:null};function Mc(){for(let h in E){let b=E[h];j[h]==null&&(b.min==null||j[S]!=null&&b.auto(o,co))&&(j[h]=ls)}for(let h in E){let b=E[h];j[h]==null&&b.from!=null&&j[b.from]!=null&&(j[h]=ls)}j[S]!=null&&zn(!0);let s={};for(let h in j){let b=j[h];if(b!=null){let $=s[h]=no(E[h],vf);if(b.min!=null)Oe($,b);else if(h!=S||r==2)if(Ke==0&&$.from==null){let T=$.range(o,null,null,h);$.min=T[0],$.max=T[1]}else $.min=_e,$.max=-_e}}if(Ke>0){v.forEach((h,b)=>{if(r==1){let $=h.scale,T=j[$];if(T==null)return;let M=s[$];if(b==0){let L=M.range(o,M.min,M.max,$);M.min=L[0],M.max=L[1],He=Mt(M.min,t[0]),Ve=Mt(M.max,t[0]),Ve-He>1&&(t[0][He]<M.min&&He++,t[0][Ve]>M.max&&Ve--),h.min=Tt[He],h.max=Tt[Ve]}else h.show&&h.auto&&Dr(M,T,h,t[b],h.sorted);h.idxs[0]=He,h.idxs[1]=Ve}else if(b>0&&h.show&&h.auto){let[$,T]=h.facets,M=$.scale,L=T.scale,[F,q]=t[b],U=s[M],X=s[L];U!=null&&Dr(U,j[M],$,F,$.sorted),X!=null&&Dr(X,j[L],T,q,T.sorted),h.min=T.min,h.max=T.max}});for(let h in s){let b=s[h],$=j[h];if(b.from==null&&($==null||$.min==null)){let T=b.range(o,b.min==_e?null:b.min,b.max==-_e?null:b.max,h);b.min=T[0],b.max=T[1]}}}for(let h in s){let b=s[h];if(b.from!=null){let $=s[b.from];if($.min==null)b.min=b.max=null;else{let T=b.range(o,$.min,$.max,h);b.min=T[0],b.max=T[1]}}}let c={},f=!1;for(let h in s){let b=s[h],$=E[h];if($.min!=b.min||$.max!=b.max){$.min=b.min,$.max=b.max;let T=$.distr;$._min=T==3?Wt($.min):T==4?yl($.min,$.asinh):T==100?$.fwd($.min):$.min,$._max=T==3?Wt($.max):T==4?yl($.max,$.asinh):T==100?$.fwd($.max):$.max,c[h]=f=!0}}if(f){v.forEach((h,b)=>{r==2?b>0&&c.y&&(h._paths=null):c[h.scale]&&(h._paths=null)});for(let h in c)Rn=!0,Be("setScale",h);Qe&&V.left>=0&&(fn=_t=!0)}for(let h in j)j[h]=null}function Pc(s){let c=El(He-1,0,Ke-1),f=El(Ve+1,0,Ke-1);for(;s[c]==null&&c>0;)c--;for(;s[f]==null&&f<Ke-1;)f++;return[c,f]}function Dc(){if(Ke>0){let s=v.some(c=>c._focus)&&lt!=Rt.alpha;s&&(m.globalAlpha=lt=Rt.alpha),v.forEach((c,f)=>{if(f>0&&c.show&&(ss(f,!1),ss(f,!0),c._paths==null)){let h=lt;lt!=c.alpha&&(m.globalAlpha=lt=c.alpha);let b=r==2?[0,t[f][0].length-1]:Pc(t[f]);c._paths=c.paths(o,f,b[0],b[1]),lt!=h&&(m.globalAlpha=lt=h)}}),v.forEach((c,f)=>{if(f>0&&c.show){let h=lt;lt!=c.alpha&&(m.globalAlpha=lt=c.alpha),c._paths!=null&&is(f,!1);{let b=c._paths!=null?c._paths.gaps:null,$=c.points.show(o,f,He,Ve,b),T=c.points.filter(o,f,$,b);($||T)&&(c.points._paths=c.points.paths(o,f,He,Ve,T),is(f,!0))}lt!=h&&(m.globalAlpha=lt=h),Be("drawSeries",f)}}),s&&(m.globalAlpha=lt=1)}}function ss(s,c){let f=c?v[s].points:v[s];f._stroke=f.stroke(o,s),f._fill=f.fill(o,s)}function is(s,c){let f=c?v[s].points:v[s],{stroke:h,fill:b,clip:$,flags:T,_stroke:M=f._stroke,_fill:L=f._fill,_width:F=f.width}=f._paths;F=be(F*de,3);let q=null,U=F%2/2;c&&L==null&&(L=F>0?"#fff":M);let X=f.pxAlign==1&&U>0;if(X&&m.translate(U,U),!c){let fe=it-F/2,ae=gt-F/2,oe=rt+F,J=St+F;q=new Path2D,q.rect(fe,ae,oe,J)}c?Lr(M,F,f.dash,f.cap,L,h,b,T,$):Lc(s,M,F,f.dash,f.cap,L,h,b,T,q,$),X&&m.translate(-U,-U)}function Lc(s,c,f,h,b,$,T,M,L,F,q){let U=!1;L!=0&&R.forEach((X,fe)=>{if(X.series[0]==s){let ae=v[X.series[1]],oe=t[X.series[1]],J=(ae._paths||Ao).band;on(J)&&(J=X.dir==1?J[0]:J[1]);let W,ke=null;ae.show&&J&&pf(oe,He,Ve)?(ke=X.fill(o,fe)||$,W=ae._paths.clip):J=null,Lr(c,f,h,b,ke,T,M,L,F,q,W,J),U=!0}}),U||Lr(c,f,h,b,$,T,M,L,F,q)}let as=oo|Ml;function Lr(s,c,f,h,b,$,T,M,L,F,q,U){os(s,c,f,h,b),(L||F||U)&&(m.save(),L&&m.clip(L),F&&m.clip(F)),U?(M&as)==as?(m.clip(U),q&&m.clip(q),Io(b,T),Oo(s,$,c)):M&Ml?(Io(b,T),m.clip(U),Oo(s,$,c)):M&oo&&(m.save(),m.clip(U),q&&m.clip(q),Io(b,T),m.restore(),Oo(s,$,c)):(Io(b,T),Oo(s,$,c)),(L||F||U)&&m.restore()}function Oo(s,c,f){f>0&&(c instanceof Map?c.forEach((h,b)=>{m.strokeStyle=No=b,m.stroke(h)}):c!=null&&s&&m.stroke(c))}function Io(s,c){c instanceof Map?c.forEach((f,h)=>{m.fillStyle=qn=h,m.fill(f)}):c!=null&&s&&m.fill(c)}function Rc(s,c,f,h){let b=D[s],$;if(h<=0)$=[0,0];else{let T=b._space=b.space(o,s,c,f,h),M=b._incrs=b.incrs(o,s,c,f,h,T);$=Rd(c,f,M,h,T)}return b._found=$}function Rr(s,c,f,h,b,$,T,M,L,F){let q=T%2/2;x==1&&m.translate(q,q),os(M,T,L,F,M),m.beginPath();let U,X,fe,ae,oe=b+(h==0||h==3?-$:$);f==0?(X=b,ae=oe):(U=b,fe=oe);for(let J=0;J<s.length;J++)c[J]!=null&&(f==0?U=fe=s[J]:X=ae=s[J],m.moveTo(U,X),m.lineTo(fe,ae));m.stroke(),x==1&&m.translate(-q,-q)}function Nc(s){let c=!0;return D.forEach((f,h)=>{if(!f.show)return;let b=E[f.scale];if(b.min==null){f._show&&(c=!1,f._show=!1,zn(!1));return}else f._show||(c=!1,f._show=!0,zn(!1));let $=f.side,T=$%2,{min:M,max:L}=b,[F,q]=Rc(h,M,L,T==0?ee:z);if(q==0)return;let U=b.distr==2,X=f._splits=f.splits(o,h,M,L,F,q,U),fe=b.distr==2?X.map(W=>Tt[W]):X,ae=b.distr==2?Tt[X[1]]-Tt[X[0]]:F,oe=f._values=f.values(o,f.filter(o,fe,h,q,ae),h,q,ae);f._rotate=$==2?f.rotate(o,oe,h,q):0;let J=f._size;f._size=kt(f.size(o,oe,h,s)),J!=null&&f._size!=J&&(c=!1)}),c}function Oc(s){let c=!0;return ts.forEach((f,h)=>{let b=f(o,h,pn,s);b!=jt[h]&&(c=!1),jt[h]=b}),c}function Ic(){for(let s=0;s<D.length;s++){let c=D[s];if(!c.show||!c._show)continue;let f=c.side,h=f%2,b,$,T=c.stroke(o,s),M=f==0||f==3?-1:1,[L,F]=c._found;if(c.label!=null){let et=c.labelGap*M,ut=qe((c._lpos+et)*de);rs(c.labelFont[0],T,"center",f==2?"top":Pi),m.save(),h==1?(b=$=0,m.translate(ut,qe(gt+St/2)),m.rotate((f==3?-ir:ir)/2)):(b=qe(it+rt/2),$=ut);let gn=va(c.label)?c.label(o,s,L,F):c.label;m.fillText(gn,b,$),m.restore()}if(F==0)continue;let q=E[c.scale],U=h==0?rt:St,X=h==0?it:gt,fe=c._splits,ae=q.distr==2?fe.map(et=>Tt[et]):fe,oe=q.distr==2?Tt[fe[1]]-Tt[fe[0]]:L,J=c.ticks,W=c.border,ke=J.show?J.size:0,Me=qe(ke*de),je=qe((c.alignTo==2?c._size-ke-c.gap:c.gap)*de),ge=c._rotate*-ir/180,Pe=k(c._pos*de),at=(Me+je)*M,Xe=Pe+at;$=h==0?Xe:0,b=h==1?Xe:0;let yt=c.font[0],Et=c.align==1?Qn:c.align==2?gl:ge>0?Qn:ge<0?gl:h==0?"center":f==3?gl:Qn,It=ge||h==1?"middle":f==2?"top":Pi;rs(yt,T,Et,It);let ct=c.font[1]*c.lineGap,vt=fe.map(et=>k(a(et,q,U,X))),Ct=c._values;for(let et=0;et<Ct.length;et++){let ut=Ct[et];if(ut!=null){h==0?b=vt[et]:$=vt[et],ut=""+ut;let gn=ut.indexOf(`
`)==-1?[ut]:ut.split(/\n/gm);for(let tt=0;tt<gn.length;tt++){let Es=gn[tt];ge?(m.save(),m.translate(b,$+tt*ct),m.rotate(ge),m.fillText(Es,0,0),m.restore()):m.fillText(Es,b,$+tt*ct)}}}J.show&&Rr(vt,J.filter(o,ae,s,F,oe),h,f,Pe,Me,be(J.width*de,3),J.stroke(o,s),J.dash,J.cap);let Ft=c.grid;Ft.show&&Rr(vt,Ft.filter(o,ae,s,F,oe),h,h==0?2:1,h==0?gt:it,h==0?St:rt,be(Ft.width*de,3),Ft.stroke(o,s),Ft.dash,Ft.cap),W.show&&Rr([Pe],[1],h==0?1:0,h==0?1:2,h==1?gt:it,h==1?St:rt,be(W.width*de,3),W.stroke(o,s),W.dash,W.cap)}Be("drawAxes")}function zn(s){v.forEach((c,f)=>{f>0&&(c._paths=null,s&&(r==1?(c.min=null,c.max=null):c.facets.forEach(h=>{h.min=null,h.max=null})))})}let Fo=!1,Nr=!1,uo=[];function Fc(){Nr=!1;for(let s=0;s<uo.length;s++)Be(...uo[s]);uo.length=0}function Un(){Fo||(Ef(cs),Fo=!0)}function qc(s,c=!1){Fo=!0,Nr=c,s(o),cs(),c&&uo.length>0&&queueMicrotask(Fc)}o.batch=qc;function cs(){if(wr&&(Mc(),wr=!1),Rn&&(kc(),Rn=!1),Do){if(Se(g,Qn,ye),Se(g,"top",Fe),Se(g,So,ee),Se(g,To,z),Se(w,Qn,ye),Se(w,"top",Fe),Se(w,So,ee),Se(w,To,z),Se(_,So,Ht),Se(_,To,an),d.width=qe(Ht*de),d.height=qe(an*de),D.forEach(({_el:s,_show:c,_size:f,_pos:h,side:b})=>{if(s!=null)if(c){let $=b===3||b===0?f:0,T=b%2==1;Se(s,T?"left":"top",h-$),Se(s,T?"width":"height",f),Se(s,T?"top":"left",T?Fe:ye),Se(s,T?"height":"width",T?z:ee),Sl(s,kn)}else dt(s,kn)}),No=qn=Sr=Er=Cr=Ar=Mr=Pr=Tr=null,lt=1,mo(!0),ye!=Ln||Fe!=cn||ee!=Lt||z!=un){zn(!1);let s=ee/Lt,c=z/un;if(Qe&&!fn&&V.left>=0){V.left*=s,V.top*=c,Hn&&zt(Hn,qe(V.left),0,ee,z),Vn&&zt(Vn,0,qe(V.top),ee,z);for(let f=0;f<bt.length;f++){let h=bt[f];h!=null&&(In[f]*=s,Fn[f]*=c,zt(h,kt(In[f]),kt(Fn[f]),ee,z))}}if(we.show&&!Lo&&we.left>=0&&we.width>0){we.left*=s,we.width*=s,we.top*=c,we.height*=c;for(let f in Ur)Se(Bn,f,we[f])}Ln=ye,cn=Fe,Lt=ee,un=z}Be("setSize"),Do=!1}Ht>0&&an>0&&(m.clearRect(0,0,d.width,d.height),Be("drawClear"),I.forEach(s=>s()),Be("draw")),we.show&&Lo&&(qo(we),Lo=!1),Qe&&fn&&(hn(null,!0,!1),fn=!1),ne.show&&ne.live&&_t&&(qr(),_t=!1),u||(u=!0,o.status=1,Be("ready")),co=!1,Fo=!1}o.redraw=(s,c)=>{Rn=c||!1,s!==!1?Yt(S,C.min,C.max):Un()};function Or(s,c){let f=E[s];if(f.from==null){if(Ke==0){let h=f.range(o,c.min,c.max,s);c.min=h[0],c.max=h[1]}if(c.min>c.max){let h=c.min;c.min=c.max,c.max=h}if(Ke>1&&c.min!=null&&c.max!=null&&c.max-c.min<1e-16)return;s==S&&f.distr==2&&Ke>0&&(c.min=Mt(c.min,t[0]),c.max=Mt(c.max,t[0]),c.min==c.max&&c.max++),j[s]=c,wr=!0,Un()}}o.setScale=Or;let Ir,Fr,Hn,Vn,us,fs,Wn,Gn,ds,ps,$e,Ce,Kt=!1,Ye=V.drag,We=Ye.x,Ge=Ye.y;Qe&&(V.x&&(Ir=wt(Ju,w)),V.y&&(Fr=wt(Qu,w)),C.ori==0?(Hn=Ir,Vn=Fr):(Hn=Fr,Vn=Ir),$e=V.left,Ce=V.top);let we=o.select=Oe({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Bn=we.show?wt(Yu,we.over?w:g):null;function qo(s,c){if(we.show){for(let f in s)we[f]=s[f],f in Ur&&Se(Bn,f,s[f]);c!==!1&&Be("setSelect")}}o.setSelect=qo;function zc(s){if(v[s].show)Ie&&Sl(Ae[s],kn);else if(Ie&&dt(Ae[s],kn),Qe){let f=On?bt[0]:bt[s];f!=null&&zt(f,-10,-10,ee,z)}}function Yt(s,c,f){Or(s,{min:c,max:f})}function Nt(s,c,f,h){c.focus!=null&&Gc(s),c.show!=null&&v.forEach((b,$)=>{$>0&&(s==$||s==null)&&(b.show=c.show,zc($),r==2?(Yt(b.facets[0].scale,null,null),Yt(b.facets[1].scale,null,null)):Yt(b.scale,null,null),Un())}),f!==!1&&Be("setSeries",s,c),h&&ho("setSeries",o,s,c)}o.setSeries=Nt;function Uc(s,c){Oe(R[s],c)}function Hc(s,c){s.fill=re(s.fill||null),s.dir=ue(s.dir,-1),c=c??R.length,R.splice(c,0,s)}function Vc(s){s==null?R.length=0:R.splice(s,1)}o.addBand=Hc,o.setBand=Uc,o.delBand=Vc;function Wc(s,c){v[s].alpha=c,Qe&&bt[s]!=null&&(bt[s].style.opacity=c),Ie&&Ae[s]&&(Ae[s].style.opacity=c)}let Vt,Jt,mn,jn={focus:!0};function Gc(s){if(s!=mn){let c=s==null,f=Rt.alpha!=1;v.forEach((h,b)=>{if(r==1||b>0){let $=c||b==0||b==s;h._focus=c?null:$,f&&Wc(b,$?1:Rt.alpha)}}),mn=s,f&&Un()}}Ie&&Nn&&Ze(Ni,pe,s=>{V._lock||(dn(s),mn!=null&&Nt(null,jn,!0,Ne.setSeries))});function Ot(s,c,f){let h=E[c];f&&(s=s/de-(h.ori==1?Fe:ye));let b=ee;h.ori==1&&(b=z,s=b-s),h.dir==-1&&(s=b-s);let $=h._min,T=h._max,M=s/b,L=$+(T-$)*M,F=h.distr;return F==3?eo(10,L):F==4?hf(L,h.asinh):F==100?h.bwd(L):L}function Bc(s,c){let f=Ot(s,S,c);return Mt(f,t[0],He,Ve)}o.valToIdx=s=>Mt(s,t[0]),o.posToIdx=Bc,o.posToVal=Ot,o.valToPos=(s,c,f)=>E[c].ori==0?l(s,E[c],f?rt:ee,f?it:0):i(s,E[c],f?St:z,f?gt:0),o.setCursor=(s,c,f)=>{$e=s.left,Ce=s.top,hn(null,c,f)};function ms(s,c){Se(Bn,Qn,we.left=s),Se(Bn,So,we.width=c)}function hs(s,c){Se(Bn,"top",we.top=s),Se(Bn,To,we.height=c)}let fo=C.ori==0?ms:hs,po=C.ori==1?ms:hs;function jc(){if(Ie&&ne.live)for(let s=r==2?1:0;s<v.length;s++){if(s==0&&ht)continue;let c=ne.values[s],f=0;for(let h in c)Dt[s][f++].firstChild.nodeValue=c[h]}}function qr(s,c){if(s!=null&&(s.idxs?s.idxs.forEach((f,h)=>{he[h]=f}):yf(s.idx)||he.fill(s.idx),ne.idx=he[0]),Ie&&ne.live){for(let f=0;f<v.length;f++)(f>0||r==1&&!ht)&&Kc(f,he[f]);jc()}_t=!1,c!==!1&&Be("setLegend")}o.setLegend=qr;function Kc(s,c){let f=v[s],h=s==0&&H==2?Tt:t[s],b;ht?b=f.values(o,s,c)??Bt:(b=f.value(o,c==null?null:h[c],s,c),b=b==null?Bt:{_:b}),ne.values[s]=b}function hn(s,c,f){ds=$e,ps=Ce,[$e,Ce]=V.move(o,$e,Ce),V.left=$e,V.top=Ce,Qe&&(Hn&&zt(Hn,qe($e),0,ee,z),Vn&&zt(Vn,0,qe(Ce),ee,z));let h,b=He>Ve;Vt=_e,Jt=null;let $=C.ori==0?ee:z,T=C.ori==1?ee:z;if($e<0||Ke==0||b){h=V.idx=null;for(let M=0;M<v.length;M++){let L=bt[M];L!=null&&zt(L,-10,-10,ee,z)}Nn&&Nt(null,jn,!0,s==null&&Ne.setSeries),ne.live&&(he.fill(h),_t=!0)}else{let M,L,F;r==1&&(M=C.ori==0?$e:Ce,L=Ot(M,S),h=V.idx=Mt(L,t[0],He,Ve),F=O(t[0][h],C,$,0));let q=-10,U=-10,X=0,fe=0,ae=!0,oe="",J="";for(let W=r==2?1:0;W<v.length;W++){let ke=v[W],Me=he[W],je=Me==null?null:r==1?t[W][Me]:t[W][1][Me],ge=V.dataIdx(o,W,h,L),Pe=ge==null?null:r==1?t[W][ge]:t[W][1][ge];if(_t=_t||Pe!=je||ge!=Me,he[W]=ge,W>0&&ke.show){let at=ge==null?-10:ge==h?F:O(r==1?t[0][ge]:t[W][0][ge],C,$,0),Xe=Pe==null?-10:K(Pe,r==1?E[ke.scale]:E[ke.facets[1].scale],T,0);if(Nn&&Pe!=null){let yt=C.ori==1?$e:Ce,Et=ze(Rt.dist(o,W,ge,Xe,yt));if(Et<Vt){let It=Rt.bias;if(It!=0){let ct=Ot(yt,ke.scale),vt=Pe>=0?1:-1,Ct=ct>=0?1:-1;Ct==vt&&(Ct==1?It==1?Pe>=ct:Pe<=ct:It==1?Pe<=ct:Pe>=ct)&&(Vt=Et,Jt=W)}else Vt=Et,Jt=W}}if(_t||On){let yt,Et;C.ori==0?(yt=at,Et=Xe):(yt=Xe,Et=at);let It,ct,vt,Ct,Ft,et,ut=!0,gn=Je.bbox;if(gn!=null){ut=!1;let tt=gn(o,W);vt=tt.left,Ct=tt.top,It=tt.width,ct=tt.height}else vt=yt,Ct=Et,It=ct=Je.size(o,W);if(et=Je.fill(o,W),Ft=Je.stroke(o,W),On)W==Jt&&Vt<=Rt.prox&&(q=vt,U=Ct,X=It,fe=ct,ae=ut,oe=et,J=Ft);else{let tt=bt[W];tt!=null&&(In[W]=vt,Fn[W]=Ct,Hi(tt,It,ct,ut),zi(tt,et,Ft),zt(tt,kt(vt),kt(Ct),ee,z))}}}}if(On){let W=Rt.prox,ke=mn==null?Vt<=W:Vt>W||Jt!=mn;if(_t||ke){let Me=bt[0];Me!=null&&(In[0]=q,Fn[0]=U,Hi(Me,X,fe,ae),zi(Me,oe,J),zt(Me,kt(q),kt(U),ee,z))}}}if(we.show&&Kt)if(s!=null){let[M,L]=Ne.scales,[F,q]=Ne.match,[U,X]=s.cursor.sync.scales,fe=s.cursor.drag;if(We=fe._x,Ge=fe._y,We||Ge){let{left:ae,top:oe,width:J,height:W}=s.select,ke=s.scales[U].ori,Me=s.posToVal,je,ge,Pe,at,Xe,yt=M!=null&&F(M,U),Et=L!=null&&q(L,X);yt&&We?(ke==0?(je=ae,ge=J):(je=oe,ge=W),Pe=E[M],at=O(Me(je,U),Pe,$,0),Xe=O(Me(je+ge,U),Pe,$,0),fo(Pt(at,Xe),ze(Xe-at))):fo(0,$),Et&&Ge?(ke==1?(je=ae,ge=J):(je=oe,ge=W),Pe=E[L],at=K(Me(je,X),Pe,T,0),Xe=K(Me(je+ge,X),Pe,T,0),po(Pt(at,Xe),ze(Xe-at))):po(0,T)}else Hr()}else{let M=ze(ds-us),L=ze(ps-fs);if(C.ori==1){let X=M;M=L,L=X}We=Ye.x&&M>=Ye.dist,Ge=Ye.y&&L>=Ye.dist;let F=Ye.uni;F!=null?We&&Ge&&(We=M>=F,Ge=L>=F,!We&&!Ge&&(L>M?Ge=!0:We=!0)):Ye.x&&Ye.y&&(We||Ge)&&(We=Ge=!0);let q,U;We&&(C.ori==0?(q=Wn,U=$e):(q=Gn,U=Ce),fo(Pt(q,U),ze(U-q)),Ge||po(0,T)),Ge&&(C.ori==1?(q=Wn,U=$e):(q=Gn,U=Ce),po(Pt(q,U),ze(U-q)),We||fo(0,$)),!We&&!Ge&&(fo(0,0),po(0,0))}if(Ye._x=We,Ye._y=Ge,s==null){if(f){if(Ts!=null){let[M,L]=Ne.scales;Ne.values[0]=M!=null?Ot(C.ori==0?$e:Ce,M):null,Ne.values[1]=L!=null?Ot(C.ori==1?$e:Ce,L):null}ho(_l,o,$e,Ce,ee,z,h)}if(Nn){let M=f&&Ne.setSeries,L=Rt.prox;mn==null?Vt<=L&&Nt(Jt,jn,!0,M):Vt>L?Nt(null,jn,!0,M):Jt!=mn&&Nt(Jt,jn,!0,M)}}_t&&(ne.idx=h,qr()),c!==!1&&Be("setCursor")}let Qt=null;Object.defineProperty(o,"rect",{get(){return Qt==null&&mo(!1),Qt}});function mo(s=!1){s?Qt=null:(Qt=w.getBoundingClientRect(),Be("syncRect",Qt))}function gs(s,c,f,h,b,$,T){V._lock||Kt&&s!=null&&s.movementX==0&&s.movementY==0||(zr(s,c,f,h,b,$,T,!1,s!=null),s!=null?hn(null,!0,!0):hn(c,!0,!1))}function zr(s,c,f,h,b,$,T,M,L){if(Qt==null&&mo(!1),dn(s),s!=null)f=s.clientX-Qt.left,h=s.clientY-Qt.top;else{if(f<0||h<0){$e=-10,Ce=-10;return}let[F,q]=Ne.scales,U=c.cursor.sync,[X,fe]=U.values,[ae,oe]=U.scales,[J,W]=Ne.match,ke=c.axes[0].side%2==1,Me=C.ori==0?ee:z,je=C.ori==1?ee:z,ge=ke?$:b,Pe=ke?b:$,at=ke?h:f,Xe=ke?f:h;if(ae!=null?f=J(F,ae)?a(X,E[F],Me,0):-10:f=Me*(at/ge),oe!=null?h=W(q,oe)?a(fe,E[q],je,0):-10:h=je*(Xe/Pe),C.ori==1){let yt=f;f=h,h=yt}}L&&(c==null||c.cursor.event.type==_l)&&((f<=1||f>=ee-1)&&(f=$n(f,ee)),(h<=1||h>=z-1)&&(h=$n(h,z))),M?(us=f,fs=h,[Wn,Gn]=V.move(o,f,h)):($e=f,Ce=h)}let Ur={width:0,height:0,left:0,top:0};function Hr(){qo(Ur,!1)}let _s,bs,ys,vs;function $s(s,c,f,h,b,$,T){Kt=!0,We=Ge=Ye._x=Ye._y=!1,zr(s,c,f,h,b,$,T,!0,!1),s!=null&&(Ze(bl,kl,ws,!1),ho(Li,o,Wn,Gn,ee,z,null));let{left:M,top:L,width:F,height:q}=we;_s=M,bs=L,ys=F,vs=q}function ws(s,c,f,h,b,$,T){Kt=Ye._x=Ye._y=!1,zr(s,c,f,h,b,$,T,!1,!0);let{left:M,top:L,width:F,height:q}=we,U=F>0||q>0,X=_s!=M||bs!=L||ys!=F||vs!=q;if(U&&X&&qo(we),Ye.setScale&&U&&X){let fe=M,ae=F,oe=L,J=q;if(C.ori==1&&(fe=L,ae=q,oe=M,J=F),We&&Yt(S,Ot(fe,S),Ot(fe+ae,S)),Ge)for(let W in E){let ke=E[W];W!=S&&ke.from==null&&ke.min!=_e&&Yt(W,Ot(oe+J,W),Ot(oe,W))}Hr()}else V.lock&&(V._lock=!V._lock,hn(c,!0,s!=null));s!=null&&(Dn(bl,kl),ho(bl,o,$e,Ce,ee,z,null))}function Yc(s,c,f,h,b,$,T){if(V._lock)return;dn(s);let M=Kt;if(Kt){let L=!0,F=!0,q=10,U,X;C.ori==0?(U=We,X=Ge):(U=Ge,X=We),U&&X&&(L=$e<=q||$e>=ee-q,F=Ce<=q||Ce>=z-q),U&&L&&($e=$e<Wn?0:ee),X&&F&&(Ce=Ce<Gn?0:z),hn(null,!0,!0),Kt=!1}$e=-10,Ce=-10,he.fill(null),hn(null,!0,!0),M&&(Kt=M)}function ks(s,c,f,h,b,$,T){V._lock||(dn(s),xr(),Hr(),s!=null&&ho(Oi,o,$e,Ce,ee,z,null))}function xs(){D.forEach(Nd),kr(o.width,o.height,!0)}xn(ar,Xn,xs);let Kn={};Kn.mousedown=$s,Kn.mousemove=gs,Kn.mouseup=ws,Kn.dblclick=ks,Kn.setSeries=(s,c,f,h)=>{let b=Ne.match[2];f=b(o,c,f),f!=-1&&Nt(f,h,!0,!1)},Qe&&(Ze(Li,w,$s),Ze(_l,w,gs),Ze(Ri,w,s=>{dn(s),mo(!1)}),Ze(Ni,w,Yc),Ze(Oi,w,ks),Pl.add(o),o.syncRect=mo);let zo=o.hooks=e.hooks||{};function Be(s,c,f){Nr?uo.push([s,c,f]):s in zo&&zo[s].forEach(h=>{h.call(null,o,c,f)})}(e.plugins||[]).forEach(s=>{for(let c in s.hooks)zo[c]=(zo[c]||[]).concat(s.hooks[c])});let Ss=(s,c,f)=>f,Ne=Oe({key:null,setSeries:!1,filters:{pub:ji,sub:ji},scales:[S,v[1]?v[1].scale:null],match:[Ki,Ki,Ss],values:[null,null]},V.sync);Ne.match.length==2&&Ne.match.push(Ss),V.sync=Ne;let Ts=Ne.key,Vr=Wa(Ts);function ho(s,c,f,h,b,$,T){Ne.filters.pub(s,c,f,h,b,$,T)&&Vr.pub(s,c,f,h,b,$,T)}Vr.sub(o);function Jc(s,c,f,h,b,$,T){Ne.filters.sub(s,c,f,h,b,$,T)&&Kn[s](null,c,f,h,b,$,T)}o.pub=Jc;function Qc(){Vr.unsub(o),Pl.delete(o),sn.clear(),Tl(ar,Xn,xs),p.remove(),pe?.remove(),Be("destroy")}o.destroy=Qc;function Wr(){Be("init",e,t),ns(t||e.data,!1),j[S]?Or(S,j[S]):xr(),Lo=we.show&&(we.width>0||we.height>0),fn=_t=!0,kr(e.width,e.height)}return v.forEach(es),D.forEach(Ac),n?n instanceof HTMLElement?(n.appendChild(p),Wr()):n(o,Wr):Wr(),o}Ue.assign=Oe;Ue.fmtNum=Fl;Ue.rangeNum=cr;Ue.rangeLog=dr;Ue.rangeAsinh=Ol;Ue.orient=Tn;Ue.pxRatio=de;Ue.join=Tf;Ue.fmtDate=zl,Ue.tzDate=If;Ue.sync=Wa;{Ue.addGap=yd,Ue.clipGaps=hr;let e=Ue.paths={points:Ja};e.linear=Za,e.stepped=wd,e.bars=kd,e.spline=Sd}var nc=Qo.bind(Yo),yr=["#0072b2","#e69f00","#009e73","#cc79a7","#56b4e9","#d55e00","#7f7f7f"],oc=220,Od=[1,2,5].flatMap(e=>[1,10,100,1e3,1e4,1e5,1e6,1e7,1e8,1e9].map(t=>e*t)).sort((e,t)=>e-t);function En({caption:e,x:t,series:n,bars:o=!1,format:r=String,integer:l=!1}){let i=De(null),a=De(null);ce(()=>{let d=i.current;if(!d)return;let m=getComputedStyle(d).color||"#333",_=t.length<3||n.some(w=>w.values.some(x=>x==null)),g={width:Math.max(d.clientWidth,200),height:oc,padding:[12,28,0,0],cursor:{drag:{x:!1,y:!1}},scales:{x:{time:!0},y:{range:(w,x,k)=>k>0?Ue.rangeNum(Math.min(0,x),k,.1,!0):[0,1]}},legend:{live:!0},axes:[{stroke:m,grid:{stroke:"rgba(128,128,128,0.15)"}},{stroke:m,grid:{stroke:"rgba(128,128,128,0.15)"},size:(w,x)=>x?Math.max(40,...x.map(k=>k.length*8+20)):50,values:(w,x)=>x.map(k=>r(k)),...l?{incrs:Od}:{}}],series:[{},...n.map((w,x)=>({label:w.label,stroke:yr[x%yr.length],fill:o?yr[x%yr.length]+"99":void 0,width:o?1:2,points:{show:_,size:6},paths:o?Ue.paths.bars({size:[.6,40]}):void 0,value:(k,A)=>A==null?"–":r(A)}))]};return a.current=new Ue(g,[t,...n.map(w=>w.values)],d),()=>{a.current.destroy(),a.current=null}},[t,n,o,r,l]),ce(()=>{let d=i.current;if(!d||typeof ResizeObserver>"u")return;let m=new ResizeObserver(()=>{let _=Math.max(d.clientWidth,200);a.current&&a.current.width!==_&&a.current.setSize({width:_,height:oc})});return m.observe(d),()=>m.disconnect()},[]);let u=t.length-1,p=u>=0?new Date(t[u]*1e3).toLocaleString():"";return nc`
    <figure class="chart">
      <figcaption>${e}</figcaption>
      <div class="chart-plot" ref=${i} aria-hidden="true"></div>
      <div class="visually-hidden">
      <table>
        <caption>${e}: latest bucket (${p}) and the whole period</caption>
        <thead><tr><th scope="col">Series</th><th scope="col">Latest</th><th scope="col">Period</th></tr></thead>
        <tbody>
          ${n.flatMap(d=>[d,...(d.members||[]).map(m=>({...m,label:`${m.label} (in ${d.label})`}))]).map(d=>nc`<tr key=${d.label}>
              <th scope="row">${d.label}</th>
              <td>${u>=0&&d.values[u]!=null?r(d.values[u]):"–"}</td>
              <td>${d.total!=null?r(d.total):"–"}</td>
            </tr>`)}
        </tbody>
      </table>
      </div>
    </figure>
  `}var ln=3600,Cn=24*ln,An=[{value:"1h",label:"Last hour",seconds:ln,granularity:"hour"},{value:"24h",label:"Last 24 hours",seconds:24*ln,granularity:"hour"},{value:"7d",label:"Last 7 days",seconds:168*ln,granularity:"hour"},{value:"30d",label:"Last 30 days",seconds:720*ln,granularity:"day"}],rc=[{value:"provider",label:"Provider"},{value:"model",label:"Model"},{value:"key",label:"Key"},{value:"user",label:"User"}],vr=6;function lc(e){return e?.role==="member"?"/v1/usage":"/admin/v1/usage"}function $r(e,t,n=Date.now()){let o=An.find(a=>a.value===e)||An[1],r=new Date(n),l=new Date(n-o.seconds*1e3),i=new URLSearchParams({granularity:o.granularity,from:l.toISOString(),to:r.toISOString()});return t&&i.set("group_by",t),i.toString()}function sc(e,t,n){let o=An.find(u=>u.value===e)||An[1],r=[...new Set(n.map(u=>Date.parse(u.start)/1e3))],l=new Set(r),i=Math.floor(t/1e3),a=i-o.seconds;if(o.granularity==="hour")for(let u=Math.floor(a/ln)*ln;u<i;u+=ln)l.add(u);else{let u=r.length?Math.max(...r):Math.floor(i/Cn)*Cn,p=d=>r.some(m=>Math.abs(m-d)<Cn/2);for(let d=u;d>a-Cn;d-=Cn)p(d)||l.add(d);for(let d=u+Cn;d<i;d+=Cn)p(d)||l.add(d)}return[...l].sort((u,p)=>u-p)}function Id(e,t){switch(t){case"provider":return e.provider||"(none)";case"model":return e.model||"(none)";case"key":return e.key_prefix||e.key_id||"(no API key)";case"user":return e.user||"(none)";default:return"All"}}function jl(e,t,n,o,r=null){let l=new Map(e.map((m,_)=>[m,_])),i=new Map;for(let m of t){let _=Id(m,n);i.has(_)||i.set(_,{label:_,values:new Array(e.length).fill(0),total:0});let g=i.get(_),w=l.get(Date.parse(m.start)/1e3),x=o(m.totals||{});w!==void 0&&(g.values[w]+=x),g.total+=x}let a=m=>{let _=r?r.indexOf(m.label):-1;return _<0?1/0:_},u=[...i.values()].sort((m,_)=>a(m)-a(_)||_.total-m.total||m.label.localeCompare(_.label));if(u.length<=vr)return u;let p=u.slice(0,vr-1),d={label:"other",values:new Array(e.length).fill(0),total:0,members:u.slice(vr-1)};for(let m of u.slice(vr-1))m.values.forEach((_,g)=>d.values[g]+=_),d.total+=m.total;return[...p,d]}function ic(e,t,n){let o=new Map(t.map(a=>[Date.parse(a.start)/1e3,a.totals||{}])),r=(a,u=0)=>e.map(p=>o.has(p)?a(o.get(p)):u),l=n||{},i=te(l.requests);return{tokens:[{label:"Prompt",values:r(a=>te(a.prompt_tokens)),total:te(l.prompt_tokens)},{label:"Completion",values:r(a=>te(a.completion_tokens)),total:te(l.completion_tokens)}],latency:[{label:"Mean",values:r(a=>te(a.requests)?te(a.latency_mean_ms):null,null),total:te(l.latency_mean_ms)},{label:"p95",values:r(a=>te(a.requests)?te(a.latency_p95_ms):null,null),total:te(l.latency_p95_ms)}],errorRate:[{label:"Errors",values:r(a=>te(a.requests)?100*te(a.errors)/te(a.requests):null,null),total:i?100*te(l.errors)/i:null}]}}function ac(e,t=10){let n=new Map;for(let o of e){let r=o.model||"(none)";n.has(r)||n.set(r,{model:r,requests:0,errors:0,prompt:0,completion:0,costNanos:0,latencySum:0,unpriced:0});let l=n.get(r),i=o.totals||{};l.requests+=te(i.requests),l.errors+=te(i.errors),l.prompt+=te(i.prompt_tokens),l.completion+=te(i.completion_tokens),l.costNanos+=te(i.cost_nanos),l.unpriced+=te(i.unpriced_requests),l.latencySum+=te(i.latency_mean_ms)*te(i.requests)}return[...n.values()].map(o=>({...o,latencyMean:o.requests?Math.round(o.latencySum/o.requests):0})).sort((o,r)=>r.requests-o.requests||r.costNanos-o.costNanos).slice(0,t)}async function cc(e,t,n,o){let r=lc(e),[l,i,a]=await Promise.all([Z("GET",`${r}?${$r(t,"",o)}`),Z("GET",`${r}?${$r(t,n,o)}`),n==="model"?null:Z("GET",`${r}?${$r(t,"model",o)}`)]);return{overall:l,grouped:i,models:a||i,now:o}}async function uc(e,t,n){let o=await fetch(`${lc(e)}?${$r(t,n)}`,{headers:{accept:"text/csv"},credentials:"same-origin"});if(!o.ok){let a=`${o.status} ${o.statusText}`;try{let u=await o.json();a=u?.error?.message||u?.message||a}catch{}throw Object.assign(new Error(a),{status:o.status})}let r=await o.blob(),l=URL.createObjectURL(r),i=document.createElement("a");i.href=l,i.download=`usage-${t}-by-${n}-${new Date().toISOString().slice(0,10)}.csv`,document.body.appendChild(i),i.click(),i.remove(),setTimeout(()=>URL.revokeObjectURL(l),1e3)}var Kl=e=>`${$t(e)} ms`,fc=e=>`${Number(e).toFixed(Number(e)>=10||Number(e)===0?0:1)}%`,dc=e=>$t(e);function Yl({me:e}){let[t,n]=P("24h"),[o,r]=P("model"),[l,i]=P(null),[a,u]=P(!0),[p,d]=P(null),[m,_]=P(!1),g=De(0),w=tn(async()=>{let v=++g.current;u(!0),d(null);try{let D=await cc(e,t,o,Date.now());v===g.current&&i(D)}catch(D){v===g.current&&d(D)}v===g.current&&u(!1)},[e,t,o]);ce(()=>{w()},[w]);let x=async()=>{_(!0),d(null);try{await uc(e,t,o)}catch(v){d(v)}_(!1)},k=Zo(()=>l?Fd(l,t,o):null,[l,t,o]),A=e?.role==="member";return y`
    <section class="page usage-page">
      <h1>Usage</h1>
      <p class="page-intro">${A?"Your own usage: every key and token of yours.":"Everyone’s usage."}</p>
      <form class="row usage-controls" onSubmit=${v=>{v.preventDefault(),w()}}>
        <div class="field">
          <label for="usage-period">Period</label>
          <select id="usage-period" value=${t} onChange=${v=>n(v.currentTarget.value)}>
            ${An.map(v=>y`<option value=${v.value}>${v.label}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="usage-group">Group by</label>
          <select id="usage-group" value=${o} onChange=${v=>r(v.currentTarget.value)}>
            ${rc.map(v=>y`<option value=${v.value}>${v.label}</option>`)}
          </select>
        </div>
        <div class="row-buttons">
          <button type="submit">Refresh</button>
          <button type="button" onClick=${x} disabled=${m}>Export CSV</button>
        </div>
      </form>
      <p class="hint">${An.find(v=>v.value===t)?.granularity==="day"?"One point a day (days in the gateway’s time zone).":"One point an hour (UTC hours)."}</p>
      ${a&&y`<${xe} />`}
      <${se} error=${p} />
      ${k&&y`<${qd} view=${k} />`}
    </section>
  `}function Fd(e,t,n){let o=e.overall.buckets||[],r=e.grouped.buckets||[],l=sc(t,e.now,[...o,...r]),i=e.overall.totals||{},a=jl(l,r,n,p=>te(p.requests)),u=a.map(p=>p.label);return{x:l,totals:i,empty:te(i.requests)===0,requests:a,cost:jl(l,r,n,p=>te(p.cost_nanos)/1e9,u),...ic(l,o,i),models:ac(e.models.buckets||[])}}function qd({view:e}){if(e.empty)return y`<p class="empty">No traffic in this period. Requests through the gateway show up here within a second.</p>`;let t=e.totals,n=te(t.requests)?100*te(t.errors)/te(t.requests):0;return y`
    <dl class="totals" aria-label="Totals">
      <div><dt>Requests</dt><dd>${$t(t.requests)}</dd></div>
      <div><dt>Tokens</dt><dd>${$t(te(t.prompt_tokens)+te(t.completion_tokens))}</dd></div>
      <div><dt>Cost</dt><dd>${vn(t.cost_usd)}${te(t.unpriced_requests)?y`<small> + ${$t(t.unpriced_requests)} unpriced</small>`:""}</dd></div>
      <div><dt>Error rate</dt><dd>${fc(n)}</dd></div>
      <div><dt>Latency p95</dt><dd>${Kl(t.latency_p95_ms)}</dd></div>
    </dl>
    <div class="charts">
      <${En} caption="Requests" x=${e.x} series=${e.requests} bars=${e.requests.length===1}
        format=${dc} integer />
      <${En} caption="Tokens" x=${e.x} series=${e.tokens} format=${dc} integer />
      <${En} caption="Cost (USD)" x=${e.x} series=${e.cost} format=${vn} />
      <${En} caption="Latency (ms)" x=${e.x} series=${e.latency} format=${Kl} />
      <${En} caption="Error rate" x=${e.x} series=${e.errorRate} format=${fc} />
    </div>
    <h2 id="top-models">Top models</h2>
    <${Jn} label="Top models">
      <table class="data-table" aria-labelledby="top-models">
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col" class="num">Requests</th>
            <th scope="col" class="num">Prompt tokens</th>
            <th scope="col" class="num">Completion tokens</th>
            <th scope="col" class="num">Cost</th>
            <th scope="col" class="num">Errors</th>
            <th scope="col" class="num">Mean latency</th>
          </tr>
        </thead>
        <tbody>
          ${e.models.map(o=>y`<tr key=${o.model}>
              <th scope="row">${o.model}</th>
              <td class="num">${$t(o.requests)}</td>
              <td class="num">${$t(o.prompt)}</td>
              <td class="num">${$t(o.completion)}</td>
              <td class="num">${o.unpriced===o.requests?"no price":vn(o.costNanos/1e9)}</td>
              <td class="num">${$t(o.errors)}</td>
              <td class="num">${Kl(o.latencyMean)}</td>
            </tr>`)}
        </tbody>
      </table>
    <//>
  `}function pc(e,t=""){let n=new URLSearchParams({page_size:String(50)});return e.actor&&n.set("actor",e.actor),e.action&&n.set("action",e.action),e.resource&&n.set("resource",e.resource),e.from&&n.set("start_time",new Date(e.from).toISOString()),e.to&&n.set("end_time",new Date(e.to).toISOString()),t&&n.set("page_token",t),n.toString()}function Jl({me:e}){return e?.role!=="admin"?y`<section class="page audit-page">
      <h1>Audit</h1>
      <p class="empty">The audit log is for admins only.</p>
    </section>`:y`<${zd} />`}function zd(){let[e,t]=P(mc),[n,o]=P(null),[r,l]=P(""),[i,a]=P(!0),[u,p]=P(null),d=De(0),m=De(null),_=tn(async(x="")=>{let k=++d.current;a(!0),p(null);try{let A=await Z("GET","/admin/v1/audit?"+pc(e,x));if(k!==d.current)return;o(v=>x?[...v||[],...A.entries||[]]:A.entries||[]),l(A.next_page_token||"")}catch(A){if(k!==d.current)return;p(A),x||o(null)}a(!1)},[e]);ce(()=>{_()},[_]);let g=x=>{x.preventDefault();let k=new FormData(x.currentTarget);t({actor:String(k.get("actor")||"").trim(),action:String(k.get("action")||"").trim(),resource:String(k.get("resource")||"").trim(),from:String(k.get("from")||""),to:String(k.get("to")||"")})},w=()=>{m.current?.reset(),t({...mc})};return y`
    <section class="page audit-page">
      <h1>Audit</h1>
      <p class="page-intro">Every change made through the gateway, newest first. Each entry’s hash chains it to the one
        before, so an edited or removed entry shows when the chain is verified.</p>
      <${Hd} />
      <form class="row audit-filters" onSubmit=${g} ref=${m}>
        <div class="field">
          <label for="audit-actor">Actor</label>
          <input id="audit-actor" name="actor" autocomplete="off" placeholder="admin" />
        </div>
        <div class="field">
          <label for="audit-action">Action</label>
          <input id="audit-action" name="action" autocomplete="off" placeholder="key.create" list="audit-actions"
            />
          <datalist id="audit-actions">
            ${Ud.map(x=>y`<option value=${x}></option>`)}
          </datalist>
        </div>
        <div class="field">
          <label for="audit-resource">Resource</label>
          <input id="audit-resource" name="resource" autocomplete="off" placeholder="providers/*"
            aria-describedby="audit-resource-hint" />
          <small id="audit-resource-hint" class="visually-hidden">Exact, or a prefix ending in a star</small>
        </div>
        <div class="field">
          <label for="audit-from">From</label>
          <input id="audit-from" name="from" type="datetime-local" />
        </div>
        <div class="field">
          <label for="audit-to">To</label>
          <input id="audit-to" name="to" type="datetime-local" />
        </div>
        <div class="row-buttons">
          <button type="submit">Filter</button>
          <button type="button" onClick=${w}>Clear</button>
        </div>
      </form>
      <${se} error=${u} />
      ${n===null?!u&&y`<${xe} />`:n.length===0?y`<p class="empty">No entries match.</p>`:y`<${Vd} entries=${n} />`}
      ${n!==null&&i&&y`<${xe} />`}
      ${r&&y`<button type="button" class="more" disabled=${i} onClick=${()=>_(r)}>Load more</button>`}
    </section>
  `}var mc={actor:"",action:"",resource:"",from:"",to:""},Ud=["provider.create","provider.update","provider.delete","alias.create","alias.update","alias.delete","key.create","key.revoke","key.rotate","user.create","user.update","user.delete","limits.set","limits.delete","price.set","price.delete","token.issue","auth.failure"];function Hd(){let[e,t]=P({busy:!1,text:"",ok:null}),[n,o]=P(null);return y`
    <div class="verify">
      <button type="button" onClick=${async()=>{t({busy:!0,text:"Verifying…",ok:null}),o(null);try{let l=await Z("POST","/admin/v1/audit:verify",{}),i=Number(l.entries_checked||0);t(l.ok?{busy:!1,ok:!0,text:`Chain verified: ${i} ${i===1?"entry":"entries"} checked.`}:{busy:!1,ok:!1,text:`Chain broken at entry ${l.first_broken_seq}: ${l.reason||"hash mismatch"}`})}catch(l){t({busy:!1,text:"",ok:null}),o(l)}}} disabled=${e.busy}>Verify chain</button>
      <p role="status" class=${e.ok===!0?"verified":e.ok===!1?"broken":""}>${e.text}</p>
      <${se} error=${n} />
    </div>
  `}function Vd({entries:e}){return y`
    <${Jn} label="Audit entries">
      <table class="data-table audit-table">
        <thead>
          <tr>
            <th scope="col" class="num">#</th>
            <th scope="col">Time</th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">Resource</th>
            <th scope="col">Outcome</th>
            <th scope="col">Changes</th>
            <th scope="col">Address</th>
          </tr>
        </thead>
        <tbody>
          ${e.map(t=>y`<tr key=${t.seq}>
              <td class="num">${t.seq}</td>
              <td><${wo} ts=${t.time} /></td>
              <td>${t.actor}<div class="sub">${t.credential}</div></td>
              <td><code>${t.action}</code></td>
              <td class="wrap">${t.resource}</td>
              <td><span class=${"badge "+(t.outcome==="ok"?"ok":"bad")}>${t.outcome}</span></td>
              <td class="wrap">${Wd(t.changes)}</td>
              <td>${t.source_address}</td>
            </tr>`)}
        </tbody>
      </table>
    <//>
  `}function Wd(e){let t=Object.entries(e||{});return t.length?y`<ul class="changes">
    ${t.map(([n,o])=>y`<li key=${n}><span class="change-key">${n}</span>: ${o}</li>`)}
  </ul>`:""}function hc(e,{system:t,message:n,temperature:o,maxTokens:r}){let l=[];t.trim()&&l.push({role:"system",content:t}),l.push({role:"user",content:n});let i={model:e,messages:l,stream:!0,stream_options:{include_usage:!0}};return o!==""&&(i.temperature=Number(o)),r!==""&&(i.max_tokens=Number(r)),i}async function gc(e,t,n){let o=performance.now(),r="",l=!0;n({state:"streaming",text:"",error:null,ttftMs:null,usage:null});let i=u=>{let p=u.headers;n({provider:p.get("x-switchboard-provider")||"",upstreamModel:p.get("x-switchboard-model")||"",alias:p.get("x-switchboard-alias")||"",attempts:p.get("x-switchboard-attempts")||""})},a=u=>{if(!u||typeof u!="object")return;let p={};u.model&&(p.chunkModel=u.model),u.usage&&(p.usage=u.usage);let d=(u.choices||[]).map(m=>m.delta&&m.delta.content||"").join("");d&&(l&&(p.ttftMs=Math.round(performance.now()-o),l=!1),r+=d,p.text=r),n(p)};try{await si("/v1/chat/completions",e,a,t,i),n({state:"done",totalMs:Math.round(performance.now()-o)})}catch(u){u.name==="AbortError"?n({state:"stopped",totalMs:Math.round(performance.now()-o)}):n({state:"error",error:u})}}function _c(e,t,n,o){if(!e||!o||!n)return null;let r=n.includes("/")?n.slice(n.indexOf("/")+1):n,l=e.find(u=>u.provider===t&&u.model===r)||e.find(u=>u.provider==="*"&&u.model===r);if(!l||l.input===void 0||l.output===void 0)return null;let i=o.prompt_tokens||0,a=o.completion_tokens||0;return(i*Number(l.input)+a*Number(l.output))/1e6}function bc({label:e,run:t,prices:n}){let o=t.usage,r=t.upstreamModel||t.chunkModel,l=o?_c(n,t.provider,r,o):null;return y`<div class="answer-panel">
    <div role="log" aria-label=${e} aria-busy=${t.state==="streaming"} class="answer">${t.text}</div>
    <${se} error=${t.error} />
    ${t.state&&y`<p class="stats">
      <span>${t.state==="streaming"?"Streaming…":t.state==="stopped"?"Stopped":t.state==="error"?"Failed":"Done"}</span>
      ${t.ttftMs!==null&&t.ttftMs!==void 0&&y`<span>TTFT ${t.ttftMs} ms</span>`}
      ${t.totalMs!==void 0&&y`<span>total ${t.totalMs} ms</span>`}
      ${o&&y`<span>${o.total_tokens??(o.prompt_tokens||0)+(o.completion_tokens||0)} tokens
        (${o.prompt_tokens||0} in, ${o.completion_tokens||0} out)</span>`}
      ${o&&y`<span>${l===null?"cost unknown (no price)":`cost ≈ $${l.toFixed(6)}`}</span>`}
      ${(t.provider||r)&&y`<span>served by ${t.provider?`${t.provider}/`:""}${r}</span>`}
      ${t.alias&&y`<span>via alias ${t.alias}</span>`}
      ${t.attempts&&t.attempts!=="1"&&y`<span>${t.attempts} attempts</span>`}
    </p>`}
  </div>`}var Gd=4;function yc({label:e,value:t,models:n,onChange:o}){return y`<${Q} label=${e}>
    <select value=${t} onChange=${r=>o(r.currentTarget.value)}>
      ${n.map(r=>y`<option value=${r.id}>${r.id}${r.alias?" (alias)":""}</option>`)}
    </select>
  <//>`}function Ql(){let[e,t]=P(null),[n,o]=P(null),[r,l]=P(null),[i,a]=P(!1),[u,p]=P(["",""]),[d,m]=P({system:"",message:"",temperature:"",maxTokens:""}),[_,g]=P([]),[w,x]=P(!1),k=De(null);ce(()=>(Z("GET","/v1/models").then(R=>{let S=(R.data||[]).map(N=>({id:N.id,alias:!N.id.includes("/")&&N.owned_by==="switchboard"}));S.sort((N,I)=>N.alias===I.alias?N.id.localeCompare(I.id):N.alias?-1:1),t(S),S.length&&p([S[0].id,(S[1]||S[0]).id])},l),Z("GET","/admin/v1/prices").then(R=>o(R.prices||[]),()=>o([])),()=>k.current&&k.current.abort()),[]);let A=R=>m(S=>({...S,...R})),v=i?u:u.slice(0,1),D=async R=>{if(R.preventDefault(),!d.message.trim()||w)return;let S=new AbortController;k.current=S,x(!0);let N=[...v];g(N.map(I=>({model:I,text:"",state:"streaming"}))),await Promise.all(N.map((I,Y)=>gc(hc(I,d),S.signal,G=>g(C=>C.map((H,O)=>O===Y?{...H,...G}:H))))),x(!1),k.current=null},E=()=>k.current&&k.current.abort();return r?y`<h1>Playground</h1><${se} error=${r} />`:e?y`<section>
    <h1>Playground</h1>
    ${e.length===0&&y`<p class="empty">No models yet: add a provider first.</p>`}
    <form class="card playground" onSubmit=${D}>
      <label class="check">
        <input type="checkbox" checked=${i} onChange=${R=>a(R.currentTarget.checked)} />
        Compare
      </label>
      <div class="row">
        ${!i&&y`<${yc} label="Model" value=${u[0]} models=${e}
          onChange=${R=>p([R,...u.slice(1)])} />`}
        ${i&&u.map((R,S)=>y`<${yc} key=${S} label=${`Model ${S+1}`} value=${R} models=${e}
          onChange=${N=>p(u.map((I,Y)=>Y===S?N:I))} />`)}
        ${i&&y`<div class="row">
          <button type="button" disabled=${u.length>=Gd||e.length===0}
            onClick=${()=>p([...u,e[u.length%e.length].id])}>Add model</button>
          ${u.length>2&&y`<button type="button" onClick=${()=>p(u.slice(0,-1))}>Remove last</button>`}
        </div>`}
      </div>
      <${Q} label="System prompt">
        <textarea rows="2" value=${d.system} onInput=${R=>A({system:R.currentTarget.value})} />
      <//>
      <${Q} label="Message" hint="Ctrl+Enter sends.">
        <textarea rows="4" value=${d.message} required onInput=${R=>A({message:R.currentTarget.value})}
          onKeyDown=${R=>{R.key==="Enter"&&(R.ctrlKey||R.metaKey)&&(R.preventDefault(),R.currentTarget.form.requestSubmit())}} />
      <//>
      <div class="row">
        <${Q} label="Temperature" hint="0–2; empty: the model's default.">
          <input type="number" min="0" max="2" step="0.1" value=${d.temperature} onInput=${R=>A({temperature:R.currentTarget.value})} />
        <//>
        <${Q} label="Max tokens" hint="Empty: no limit.">
          <input type="number" min="1" step="1" value=${d.maxTokens} onInput=${R=>A({maxTokens:R.currentTarget.value})} />
        <//>
      </div>
      <div class="actions">
        <button type="button" onClick=${E} disabled=${!w}>Stop</button>
        <button type="submit" class="primary" disabled=${w||!d.message.trim()||e.length===0}>Send</button>
      </div>
    </form>
    ${_.length>0&&y`<div class=${_.length>1?"answers":""}>
      ${_.map(R=>y`<div>
        ${_.length>1&&y`<h2 class="answer-title"><code>${R.model}</code></h2>`}
        <${bc} label=${_.length>1?`Answer ${R.model}`:"Answer"} run=${R} prices=${n} />
      </div>`)}
    </div>`}
  </section>`:y`<h1>Playground</h1><${xe} />`}var vc=[["providers","Providers",cl],["aliases","Aliases",dl],["keys","Keys",hl],["usage","Usage",Yl],["audit","Audit",Jl],["playground","Playground",Ql]];function $c(){let[e,t]=P(void 0),[n,o]=P(null),[r,l]=P("");if(ce(()=>{ni(()=>{t(null),l("Your session has ended. Sign in again.")}),di().then(t,o)},[]),e===void 0)return y`<main class="boot">${n?y`<${se} error=${n} />`:y`<${xe} />`}</main>`;if(!e)return y`<${hi} notice=${r} onSignedIn=${a=>{l(""),t(a)}} />`;let i=async()=>{try{await mi()}finally{l("You are signed out."),t(null)}};return y`<${Bd} me=${e.me} onSignOut=${i} />`}function Bd({me:e,onSignOut:t}){let n=_i(),[o,r]=P(!1),l=De(null),i=De(!0),a=e.role||"viewer",u=vc.filter(([g])=>il(a,g)),p=vc.find(([g])=>g===n),[,d,m]=p||[];ce(()=>{n||window.location.replace("#/"+u[0][0]),document.title=(d||"Switchboard")+" · Switchboard console",r(!1)},[n]),Xs(()=>{let g=l.current;!i.current&&g&&!g.contains(document.activeElement)&&g.focus(),i.current=!1},[n]);let _;return n?p?il(a,n)?_=y`<${m} me=${e} />`:_=y`<h1>${d}</h1><p>Your role (${a}) may not open this page.</p>`:_=y`<h1>Page not found</h1><p>There is no page <code>${n}</code>.</p>`:_=y`<${xe} />`,y`<div class="shell">
    <a class="skip" href="#main" onClick=${g=>{g.preventDefault(),l.current.focus()}}>Skip to content</a>
    <header class="top">
      <span class="brand">Switchboard</span>
      <button type="button" class="menu-toggle" aria-expanded=${o} aria-controls="nav"
        onClick=${()=>r(!o)}>Menu</button>
      <nav id="nav" class=${o?"open":""} aria-label="Main">
        <ul>
          ${u.map(([g,w])=>y`<li key=${g}>
            <a href=${"#/"+g} aria-current=${g===n?"page":void 0}>${w}</a>
          </li>`)}
        </ul>
      </nav>
      <div class="user">
        <span class="user-name">${e.user_name||e.key_prefix||"signed in"}</span>
        <span class="role">${a}</span>
        <button type="button" onClick=${t}>Sign out</button>
      </div>
    </header>
    <main id="main" ref=${l} tabindex="-1">${_}</main>
  </div>`}zs(y`<${$c} />`,document.getElementById("app"));
